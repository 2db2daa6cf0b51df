import type { Brand } from '../types'

export const reporteIndigo = {
  id: 'reporte-indigo',
  name: 'Reporte Índigo',
  url: 'https://www.reporteindigo.com',
  lang: 'es-MX',
} as const satisfies Brand
