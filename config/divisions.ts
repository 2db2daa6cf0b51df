import { site } from './site'
import type { Division } from './types'

/** The group's divisions, named in the built brand's language. */
export const DIVISIONS: readonly Division[] = site.divisions
