import type { BrandConfig } from '../types'

// MINIMAL, TEMPORARY (helper h6, to prove the content step per brand): only what the content
// step needs to build Estadio Deportes. The lead replaces this file with the real config; its
// strings are The News's, copied as they are.
export const estadioDeportes = {
  id: 'estadio-deportes',
  name: 'Estadio Deportes',
  url: 'https://www.estadiodeportes.mx',
  lang: 'es-MX',
  domain: 'WWW.ESTADIODEPORTES.MX',
  tagline: 'Estadio Deportes',
  description: 'Estadio Deportes',
  intlLocale: 'es-MX',
  ogLocale: 'es_MX',
  rssLanguage: 'es-mx',
  newsLanguage: 'es',
  timeZone: 'America/Mexico_City',
  dates: {
    network: '{weekday} {day}, {month} {year}',
    dateTime: '{day} {month} {year} {hh}:{mm}:{ss}',
    short: '{day} {month} {year}',
    time: '{hh}:{mm}',
    day: '{weekday} {day} {month}',
  },
  sections: [
    { id: 'futbol', label: 'Futbol', description: 'futbol' },
    { id: 'beisbol', label: 'Beisbol', description: 'beisbol' },
    { id: 'box', label: 'Box', description: 'box' },
    { id: 'americano', label: 'Americano', description: 'americano' },
    { id: 'mas-deportes', label: 'Mas deportes', description: 'mas-deportes' },
    { id: 'opinion', label: 'Opinion', description: 'opinion' },
  ],
  opinionSection: 'opinion',
  newsletter: {
    name: 'Estadio Deportes',
    cadence: '-',
    from: 'Estadio Deportes <newsletter@estadiodeportes.mx>',
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
  theme: { ink: '#14213d', paper: '#ffffff', accent: '#b3261e', accentOnInk: '#ffd166', muted: '#595959' },
  search: { language: 'es' },
  divisions: [
    { id: 'digital', name: 'Digital', description: 'digital' },
    { id: 'prensa', name: 'Prensa', description: 'prensa' },
    { id: 'radio', name: 'Radio', description: 'radio' },
    { id: 'tv', name: 'TV', description: 'tv' },
  ],
  strings: {
    // ---- common (header, navigation, pagination) ----
    common: {
      placeholder: '',
    },
    // ---- network strip ----
    network: {
      placeholder: '',
    },
    // ---- lists (home, section fronts) ----
    lists: {
      placeholder: '',
    },
    // ---- footer ----
    footer: {
      placeholder: '',
    },
    // ---- errors ----
    errors: {
      placeholder: '',
    },
    // ---- about and previews ----
    about: {
      placeholder: '',
    },
    // ---- seo ----
    seo: {
      placeholder: '',
    },
    // ---- article ----
    article: {
      types: {
        news: 'News',
        analysis: 'Analysis',
        opinion: 'Opinion',
        explainer: 'Explainer',
        interview: 'Interview',
        review: 'Review',
        obituary: 'Obituary',
        live: 'Live',
      },
    },
    // ---- live ----
    live: {
      placeholder: '',
    },
    // ---- corrections ----
    corrections: {
      placeholder: '',
    },
    // ---- author ----
    author: {
      placeholder: '',
    },
    // ---- tags ----
    tags: {
      placeholder: '',
    },
    // ---- search ----
    search: {
      placeholder: '',
    },
    // ---- newsletter ----
    newsletter: {
      placeholder: '',
    },
  },
} as const satisfies BrandConfig
