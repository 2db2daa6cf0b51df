import type { Brand } from '../types'

export const capitalMexico = {
  id: 'capital-mexico',
  name: 'Capital México',
  url: 'https://www.capitalmexico.com.mx',
  lang: 'es-MX',
} as const satisfies Brand
