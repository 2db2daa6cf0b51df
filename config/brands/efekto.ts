import type { Brand } from '../types'

export const efekto = {
  id: 'efekto',
  name: 'Efekto',
  url: 'https://www.efekto.tv',
} as const satisfies Brand
