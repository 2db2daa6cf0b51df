import type { Brand } from '../types'

export const estadioDeportes = {
  id: 'estadio-deportes',
  name: 'Estadio Deportes',
  url: 'https://www.estadiodeportes.mx',
  lang: 'es-MX',
} as const satisfies Brand
