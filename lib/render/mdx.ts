import type { ComponentType, ReactNode } from 'react'
import * as jsxRuntime from 'react/jsx-runtime'

type MdxComponents = Record<string, ComponentType<never>>
type MdxContent = (props: { components?: MdxComponents }) => ReactNode

/**
 * Renders a compiled MDX body to React elements. It runs only on the server while pages render, so
 * no MDX runtime reaches the browser. Bodies come in two formats and one call runs both: the
 * build's (contentlayer's mdx-bundler, an esbuild IIFE reading the runtime from its parameter
 * `_jsx_runtime`) and a published article's (lib/publish/compile.ts, @mdx-js/mdx's
 * `function-body`, reading it from `arguments[0]`): the runtime is the first argument of both.
 * lib/publish/compile.test.ts renders every sample article in both and compares the HTML.
 */
export function renderMdx(code: string, components: MdxComponents): ReactNode {
  const scope = { _jsx_runtime: jsxRuntime }
  const fn = new Function(...Object.keys(scope), code) as (...args: unknown[]) => { default: MdxContent }
  // Called as a function rather than mounted as a component: the body has no state or hooks.
  return fn(...Object.values(scope)).default({ components })
}
