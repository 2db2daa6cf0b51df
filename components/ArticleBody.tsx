import { renderMdx } from '@/lib/mdx'
import { mdxComponents } from './mdx/mdxComponents'
import styles from './ArticleBody.module.css'

export function ArticleBody({ code }: { code: string }) {
  return <div className={styles.body}>{renderMdx(code, mdxComponents)}</div>
}
