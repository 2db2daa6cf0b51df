import type { Brand } from '../types'

export const capitalMexico = {
  id: 'capital-mexico',
  name: 'Capital México',
  url: 'https://www.capitalmexico.com.mx',
} as const satisfies Brand
