import { DIVISIONS_ES_MX, stringsEsMx } from '../strings-es-mx'
import type { BrandConfig } from '../types'

const name = 'Capital Querétaro'

// Capital Querétaro (capitalqueretaro.com.mx): the group's daily for the state of Querétaro, in
// Spanish. Built with BRAND=capital-queretaro; its content is content/brands/capital-queretaro/.
export const capitalQueretaro = {
  id: 'capital-queretaro',
  name,
  url: 'https://www.capitalqueretaro.com.mx',
  lang: 'es-MX',
  domain: 'WWW.CAPITALQUERETARO.COM.MX',
  tagline: 'El diario de Querétaro',
  description: `${name} es el diario de Querétaro: la capital, los municipios, la economía, la seguridad, la cultura y el deporte del estado.`,
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
    { id: 'queretaro', label: 'Querétaro', description: 'La capital y el gobierno del estado.' },
    {
      id: 'municipios',
      label: 'Municipios',
      description: 'San Juan del Río, Corregidora, El Marqués, la Sierra Gorda y los demás municipios.',
    },
    { id: 'economia', label: 'Economía', description: 'Industria, empleo, precios y el clúster aeroespacial.' },
    { id: 'seguridad', label: 'Seguridad', description: 'Seguridad pública, tribunales y protección civil.' },
    { id: 'cultura', label: 'Cultura', description: 'Festivales, museos, gastronomía y patrimonio.' },
    { id: 'deportes', label: 'Deportes', description: 'Gallos Blancos y el deporte del estado.' },
    { id: 'opinion', label: 'Opinión', description: 'Columnas y el editorial de la casa.' },
  ],
  opinionSection: 'opinion',
  newsletter: {
    name: `El boletín de ${name}`,
    cadence: 'cada mañana entre semana',
    from: `${name} <boletin@capitalqueretaro.com.mx>`,
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
  theme: { ink: '#3b0a1e', paper: '#ffffff', accent: '#8a1538', accentOnInk: '#f4d58d', muted: '#5c5c5c' },
  search: { language: 'es' },
  divisions: DIVISIONS_ES_MX,
  strings: stringsEsMx({
    name,
    newsletterPitch:
      'Las noticias de Querétaro que importan, cada mañana entre semana. Gratis; te puedes dar de baja cuando quieras.',
    aboutIntro:
      '{name} se escribe y se edita en la ciudad de Querétaro para quienes viven, trabajan e invierten en el estado: de la capital a la Sierra Gorda. Las notas firmadas «Por {name}» son trabajo de toda la redacción.',
  }),
} as const satisfies BrandConfig
