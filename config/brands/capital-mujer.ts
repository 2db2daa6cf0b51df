import type { Brand } from '../types'

export const capitalMujer = {
  id: 'capital-mujer',
  name: 'Capital Mujer',
  url: 'https://www.capitalmujer.com.mx',
  lang: 'es-MX',
} as const satisfies Brand
