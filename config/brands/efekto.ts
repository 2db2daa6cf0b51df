import type { Brand } from '../types'

export const efekto = {
  id: 'efekto',
  name: 'Efekto',
  url: 'https://www.efekto.tv',
  lang: 'es-MX',
} as const satisfies Brand
