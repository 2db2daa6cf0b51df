import type { Brand } from '../types'

export const reporteIndigo = {
  id: 'reporte-indigo',
  name: 'Reporte Índigo',
  url: 'https://www.reporteindigo.com',
} as const satisfies Brand
