import type { Brand } from '../types'

export const capitalEdomex = {
  id: 'capital-edomex',
  name: 'Capital Edo. de Méx.',
  url: 'https://www.capitaledomex.com.mx',
  lang: 'es-MX',
} as const satisfies Brand
