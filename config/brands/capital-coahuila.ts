import type { Brand } from '../types'

export const capitalCoahuila = {
  id: 'capital-coahuila',
  name: 'Capital Coahuila',
  url: 'https://www.capitalcoahuila.com.mx',
} as const satisfies Brand
