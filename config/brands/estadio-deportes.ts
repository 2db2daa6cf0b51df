import { DIVISIONS_ES_MX, stringsEsMx } from '../strings-es-mx'
import type { BrandConfig } from '../types'

const name = 'Estadio Deportes'

// Estadio Deportes (estadiodeportes.mx): the group's sports title, in Spanish. Built with
// BRAND=estadio-deportes; its content is content/brands/estadio-deportes/.
export const estadioDeportes = {
  id: 'estadio-deportes',
  name,
  url: 'https://www.estadiodeportes.mx',
  lang: 'es-MX',
  domain: 'WWW.ESTADIODEPORTES.MX',
  tagline: 'El deporte de México, todos los días',
  description: `${name}: futbol, béisbol, box, futbol americano y todos los deportes, contados desde la Ciudad de México.`,
  intlLocale: 'es-MX',
  ogLocale: 'es_MX',
  rssLanguage: 'es-mx',
  newsLanguage: 'es',
  timeZone: 'America/Mexico_City',
  dates: {
    network: '{weekday} {day} de {month} de {year}',
    dateTime: '{weekday} {day} de {month} de {year}, {hh}:{mm}',
    short: '{day} de {month} de {year}',
    time: '{hh}:{mm}',
    day: '{weekday} {day} de {month}',
  },
  sections: [
    { id: 'futbol', label: 'Futbol', description: 'Liga MX, Liga MX Femenil, la Selección y las ligas del mundo.' },
    {
      id: 'beisbol',
      label: 'Béisbol',
      description: 'Liga Mexicana de Beisbol, Liga Mexicana del Pacífico y los mexicanos en Grandes Ligas.',
    },
    { id: 'box', label: 'Box y lucha', description: 'Box, lucha libre y artes marciales mixtas.' },
    { id: 'americano', label: 'Americano', description: 'La NFL en México y el futbol americano universitario.' },
    { id: 'mas-deportes', label: 'Más deportes', description: 'Atletismo, tenis, automovilismo y deporte olímpico.' },
    { id: 'opinion', label: 'Opinión', description: 'Columnas y análisis de nuestros especialistas.' },
  ],
  opinionSection: 'opinion',
  newsletter: {
    name: `El boletín de ${name}`,
    cadence: 'cada mañana de lunes a sábado',
    from: `${name} <boletin@estadiodeportes.mx>`,
  },
  articlesPerPage: 5,
  standards: {
    ethics: 'principios-editoriales',
    corrections: 'politica-de-correcciones',
    ownership: 'propiedad',
    masthead: 'directorio',
    bylines: 'firmas',
  },
  social: { x: null, facebook: null, instagram: null },
  theme: { ink: '#0b3b2c', paper: '#ffffff', accent: '#0a6b3f', accentOnInk: '#f5c518', muted: '#595959' },
  search: { language: 'es' },
  divisions: DIVISIONS_ES_MX,
  strings: stringsEsMx({
    name,
    newsletterPitch:
      'Lo más importante del deporte mexicano, cada mañana de lunes a sábado. Gratis; te puedes dar de baja cuando quieras.',
    aboutIntro:
      '{name} se escribe y se edita en la Ciudad de México para quienes viven el deporte todos los días: la liga, la Selección, el ring, el diamante y las pistas. Las notas firmadas «Por {name}» son trabajo de toda la redacción.',
  }),
} as const satisfies BrandConfig
