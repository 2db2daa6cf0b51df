import type { ComponentProps } from 'react'
import { Figure } from './Figure'
import { mdxComponents } from './mdxComponents'

/** The body's components on the lite page: the same, with photos as one small plain image. */
export const liteMdxComponents = {
  ...mdxComponents,
  Figure: (props: ComponentProps<typeof Figure>) => <Figure {...props} lite />,
}
