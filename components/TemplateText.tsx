import { Fragment, type ReactNode } from 'react'

/**
 * A brand template (config/brand-strings.ts) whose `{slot}`s are elements (a link, a <time>, a
 * <strong>), so the words around them can come in any order a language needs. Like `fill`
 * (lib/brand/template.ts), a slot without a value stays visible, so a test sees it.
 */
export function TemplateText({ template, slots }: { template: string; slots: Readonly<Record<string, ReactNode>> }) {
  // Splitting on a capturing group: even indices are text, odd ones slot names.
  const parts = template.split(/\{([a-z][a-zA-Z0-9]*)\}/)
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 0 ? part : <Fragment key={i}>{part in slots ? slots[part] : `{${part}}`}</Fragment>,
      )}
    </>
  )
}
