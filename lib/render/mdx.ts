import type { ComponentType, ReactNode } from 'react'
import * as jsxRuntime from 'react/jsx-runtime'

type MdxComponents = Record<string, ComponentType<never>>
type MdxContent = (props: { components?: MdxComponents }) => ReactNode

/**
 * Renders contentlayer's compiled MDX (a function body built by mdx-bundler) to React elements.
 * It runs only on the server while pages render, so no MDX runtime reaches the browser.
 */
export function renderMdx(code: string, components: MdxComponents): ReactNode {
  const scope = { _jsx_runtime: jsxRuntime }
  const fn = new Function(...Object.keys(scope), code) as (...args: unknown[]) => { default: MdxContent }
  // Called as a function rather than mounted as a component: the body has no state or hooks.
  return fn(...Object.values(scope)).default({ components })
}
