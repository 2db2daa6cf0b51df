import type { Brand } from '../types'

export const revistaCambio = {
  id: 'revista-cambio',
  name: 'Revista Cambio',
  url: 'https://www.revistacambio.com.mx',
  lang: 'es-MX',
} as const satisfies Brand
