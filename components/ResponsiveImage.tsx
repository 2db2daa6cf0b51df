import { getImageProps } from 'next/image'
import { preload } from 'react-dom'
import styles from './ResponsiveImage.module.css'

type Props = {
  src: string
  alt: string
  sizes: string
  /** The page's largest image: fetched early and eagerly for LCP. */
  lead?: boolean
  shape?: 'wide' | 'square'
  /**
   * The lite page: one small rendition (LITE_WIDTH px, lower quality) with its width and height,
   * no srcset and no preload, so a slow phone fetches a few kilobytes.
   */
  lite?: boolean
}

const LITE_WIDTH = 360

// getImageProps gives next/image's responsive srcset without its client component, so image pages
// ship no extra JavaScript.
export function ResponsiveImage({ src, alt, sizes, lead = false, shape = 'wide', lite = false }: Props) {
  if (lite) {
    const { props } = getImageProps({
      src,
      alt,
      width: LITE_WIDTH,
      height: Math.round((LITE_WIDTH * 9) / 16),
      quality: 50,
    })
    // The 1x candidate (next/image's src is the 2x one).
    const small = props.srcSet?.split(',')[0]?.trim().split(' ')[0] ?? props.src
    // eslint-disable-next-line @next/next/no-img-element -- a plain image is the point of the lite page
    return <img src={small} alt={alt} width={props.width} height={props.height} loading={lead ? 'eager' : 'lazy'} />
  }
  const [width, height] = shape === 'wide' ? [1200, 675] : [192, 192]
  const { props } = getImageProps({ src, alt, sizes, width, height, quality: 75 })
  if (lead && props.srcSet)
    preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: sizes, fetchPriority: 'high' })
  return (
    // eslint-disable-next-line @next/next/no-img-element -- props come from next/image's getImageProps
    <img
      {...props}
      alt={alt}
      className={styles[shape]}
      loading={lead ? 'eager' : 'lazy'}
      fetchPriority={lead ? 'high' : 'auto'}
      decoding="async"
    />
  )
}
