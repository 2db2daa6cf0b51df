import type { Brand } from '../types'

export const revistaCambio = {
  id: 'revista-cambio',
  name: 'Revista Cambio',
  url: 'https://www.revistacambio.com.mx',
} as const satisfies Brand
