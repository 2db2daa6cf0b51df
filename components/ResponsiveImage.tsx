import { getImageProps } from 'next/image'
import { preload } from 'react-dom'

type Props = {
  src: string
  alt: string
  sizes: string
  /** The page's largest image: fetched early and eagerly for LCP. */
  lead?: boolean
  className?: string
}

// getImageProps gives next/image's responsive srcset without its client component, so image pages
// ship no extra JavaScript. Images sit in a 16:9 box (see CSS), which keeps layout shift at zero.
export function ResponsiveImage({ src, alt, sizes, lead = false, className }: Props) {
  const { props } = getImageProps({ src, alt, sizes, width: 1200, height: 675, quality: 75 })
  if (lead && props.srcSet)
    preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: sizes, fetchPriority: 'high' })
  return (
    // eslint-disable-next-line @next/next/no-img-element -- props come from next/image's getImageProps
    <img
      {...props}
      alt={alt}
      className={className}
      loading={lead ? 'eager' : 'lazy'}
      fetchPriority={lead ? 'high' : 'auto'}
      decoding="async"
    />
  )
}
