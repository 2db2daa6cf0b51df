import type { Brand } from '../types'

export const greenTv = {
  id: 'green-tv',
  name: 'Green TV',
  url: 'https://www.greentv.com.mx',
  lang: 'es-MX',
} as const satisfies Brand
