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
}

// getImageProps gives next/image's responsive srcset without its client component, so image pages
// ship no extra JavaScript.
export function ResponsiveImage({ src, alt, sizes, lead = false, shape = 'wide' }: Props) {
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
