import { PhotoCaption } from '../PhotoCaption'
import { ResponsiveImage } from '../ResponsiveImage'
import styles from './Mdx.module.css'

type Props = {
  src: string
  alt: string
  caption?: string
  credit: string
  /** The lite page's small plain image. */ lite?: boolean
}

/** <Figure src="/images/…" alt="…" caption="…" credit="…" /> inside an article. */
export function Figure({ src, alt, caption, credit, lite = false }: Props) {
  const img = <ResponsiveImage src={src} alt={alt} sizes="(min-width: 52rem) 44rem, 100vw" lite={lite} />
  // The content check refuses a <Figure> without a credit, so the figcaption is never empty.
  return (
    <figure className={styles.figure}>
      {img}
      <PhotoCaption caption={caption} credit={credit} />
    </figure>
  )
}
