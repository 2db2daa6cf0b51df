import type { Brand } from '../types'

export const capitalEdomex = {
  id: 'capital-edomex',
  name: 'Capital Edo. de Méx.',
  url: 'https://www.capitaledomex.com.mx',
} as const satisfies Brand
