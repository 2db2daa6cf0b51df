import type { Brand } from '../types'

export const capitalCoahuila = {
  id: 'capital-coahuila',
  name: 'Capital Coahuila',
  url: 'https://www.capitalcoahuila.com.mx',
  lang: 'es-MX',
} as const satisfies Brand
