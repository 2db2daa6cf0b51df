import { stringsEsMx } from '../strings-es-mx'
import type { BrandConfig } from '../types'

const name = 'Diario de Prueba'

// A brand that exists only in a test (scripts/brand-fixture.spec.ts): copied with its drawings and
// its content over a copy of the project to prove that a new brand is this file, two drawings and a
// content folder, and nothing else. Not one of the group's brands, so not in config/network.ts.
export const diarioDePrueba = {
  id: 'diario-de-prueba',
  name,
  url: 'https://prueba.example',
  lang: 'es-MX',
  domain: 'PRUEBA.EXAMPLE',
  tagline: 'Noticias de la ciudad y del campo',
  description: `${name} cuenta lo que pasa en la ciudad y en el campo de una región que no existe.`,
  intlLocale: 'es-MX',
  ogLocale: 'es_MX',
  rssLanguage: 'es-mx',
  newsLanguage: 'es',
  timeZone: 'America/Mexico_City',
  dates: {
    network: '{weekday} {day} de {month} de {year}',
    dateTime: '{day} de {month} de {year}, {hh}:{mm}',
    short: '{day} de {month} de {year}',
    time: '{hh}:{mm}',
    day: '{weekday} {day} de {month}',
  },
  sections: [
    { id: 'ciudad', label: 'Ciudad', description: 'Calles, transporte y servicios de la ciudad.' },
    { id: 'campo', label: 'Campo', description: 'Cosechas, lluvias y mercados de la región.' },
    { id: 'opinion', label: 'Opinión', description: 'Columnas y el editorial de la casa.' },
  ],
  opinionSection: 'opinion',
  newsletter: {
    name: `El boletín de ${name}`,
    cadence: 'cada lunes',
    from: `${name} <boletin@prueba.example>`,
  },
  articlesPerPage: 5,
  standards: {
    ethics: 'principios',
    corrections: 'correcciones',
    ownership: 'propiedad',
    masthead: 'directorio',
    bylines: 'firmas',
  },
  social: { x: null, facebook: null, instagram: null },
  theme: { ink: '#1d2b3a', paper: '#fffdf7', accent: '#1f6b3a', accentOnInk: '#f2c14e', muted: '#585858' },
  search: { language: 'es' },
  divisions: [
    { id: 'digital', name: 'Digital', description: 'Sitios de noticias y boletines.' },
    { id: 'prensa', name: 'Prensa', description: 'Diarios impresos.' },
    { id: 'radio', name: 'Radio', description: 'Estaciones de noticias.' },
    { id: 'tv', name: 'TV', description: 'Canales de televisión.' },
  ],
  strings: stringsEsMx({
    name,
    newsletterPitch: 'Las notas de la semana, cada lunes. Gratis; te puedes dar de baja cuando quieras.',
    aboutIntro:
      '{name} es un diario de prueba: sus notas existen para comprobar que el sitio se construye para una marca nueva. Las notas firmadas «Por {name}» son de toda la redacción.',
  }),
} as const satisfies BrandConfig
