import { renderMdx } from '@/lib/render/mdx'
import { mdxComponents } from './mdx/mdxComponents'
import styles from './ArticleBody.module.css'

export function ArticleBody({ code, components = mdxComponents }: { code: string; components?: typeof mdxComponents }) {
  return <div className={styles.body}>{renderMdx(code, components)}</div>
}
