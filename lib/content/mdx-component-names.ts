/**
 * The components an article may use in MDX. The checker rejects any other capitalised tag before
 * the build, and components/mdx/mdxComponents.tsx must implement exactly these (a type ties them).
 */
export const MDX_COMPONENT_NAMES = ['Figure', 'PullQuote', 'FactBox', 'RelatedLink', 'Update'] as const

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number]
