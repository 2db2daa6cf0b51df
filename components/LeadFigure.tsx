import type { ArticleImage } from '@/lib/catalogue/view-models'
import { PhotoCaption } from './PhotoCaption'
import { ResponsiveImage } from './ResponsiveImage'
import styles from './LeadFigure.module.css'

export function LeadFigure({ image, lite = false }: { image: ArticleImage; lite?: boolean }) {
  const img = (
    <ResponsiveImage src={image.src} alt={image.alt} lead sizes="(min-width: 52rem) 48rem, 100vw" lite={lite} />
  )
  // The credit is required (lib/content/schema.ts), so every photo has a non-empty figcaption.
  return (
    <figure className={styles.figure}>
      {img}
      <PhotoCaption caption={image.caption} credit={image.credit} />
    </figure>
  )
}
