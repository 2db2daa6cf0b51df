import type { Brand } from '../types'

export const capitalQueretaro = {
  id: 'capital-queretaro',
  name: 'Capital Querétaro',
  url: 'https://www.capitalqueretaro.com.mx',
  lang: 'es-MX',
} as const satisfies Brand
