import type { ComponentProps, ComponentType } from 'react'
import { t } from '@/config/site'
import type { MdxComponentName } from '@/lib/content/mdx-component-names'
import { FactBox } from './FactBox'
import { Figure } from './Figure'
import { PullQuote } from './PullQuote'
import { RelatedLink } from './RelatedLink'
import { Update } from './Update'
import styles from './Mdx.module.css'

// Exactly the components the content checker allows (MDX_COMPONENT_NAMES), plus styled elements.
const custom = { Figure, PullQuote, FactBox, RelatedLink, Update } satisfies Record<
  MdxComponentName,
  ComponentType<never>
>

function Table(props: ComponentProps<'table'>) {
  // Wide tables scroll inside their own box so a phone's page never scrolls sideways.
  return (
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t.article.table}>
      <table {...props} />
    </div>
  )
}

export const mdxComponents = {
  ...custom,
  table: Table,
  blockquote: (props: ComponentProps<'blockquote'>) => <blockquote className={styles.blockquote} {...props} />,
}
