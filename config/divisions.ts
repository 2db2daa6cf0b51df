import type { Division } from './types'

export const DIVISIONS = [
  { id: 'digital', name: 'Digital', description: 'News sites, newsletters and apps.' },
  { id: 'prensa', name: 'Prensa', description: 'Daily and weekly print titles.' },
  { id: 'radio', name: 'Radio', description: 'Talk and music stations.' },
  { id: 'tv', name: 'TV', description: 'Television channels and video.' },
] as const satisfies readonly Division[]
