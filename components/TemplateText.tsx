import type { ReactNode } from 'react'
import { fillNodes } from '@/lib/brand/fill-nodes'

/**
 * A brand template (config/brand-strings.ts) whose `{slot}`s are elements (a link, a <time>, a
 * <strong>), so the words around them can come in any order a language needs: fillNodes as a
 * component. Like `fill` (lib/brand/template.ts), a slot without a value stays visible.
 */
export function TemplateText({ template, slots }: { template: string; slots: Readonly<Record<string, ReactNode>> }) {
  return <>{fillNodes(template, slots)}</>
}
