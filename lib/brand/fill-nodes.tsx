import { Fragment, type ReactNode } from 'react'

const SLOT = /\{([a-z][a-zA-Z0-9]*)\}/

/**
 * fill() (lib/brand/template.ts) for JSX, where a slot's value can be an element (a link, a date)
 * inside a sentence the brand words as a whole. A slot without a value stays visible, like fill().
 */
export function fillNodes(template: string, values: Readonly<Record<string, ReactNode>>): ReactNode {
  // With one capturing group, split() puts each slot's name at the odd indices.
  const parts = template.split(new RegExp(SLOT.source, 'g'))
  return parts.map((part, i) => (
    <Fragment key={i}>{i % 2 === 0 ? part : part in values ? values[part] : `{${part}}`}</Fragment>
  ))
}
