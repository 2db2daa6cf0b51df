import { stringsEn } from '../strings-en'
import type { BrandConfig } from '../types'

const name = 'The News'

// The News (thenews.mx): the brand built when BRAND is unset. Its strings are the reference the
// other brands' files are checked against (same keys, same template slots).
export const theNews = {
  id: 'the-news',
  name,
  url: 'https://www.thenews.mx',
  lang: 'en',
  domain: 'WWW.THENEWS.MX',
  tagline: "Mexico's English-language daily",
  description: `${name} is Mexico's English-language daily: Mexican and world news, business, technology, sports, culture and opinion.`,
  intlLocale: 'en-US',
  ogLocale: 'en_US',
  rssLanguage: 'en',
  newsLanguage: 'en',
  timeZone: 'America/Mexico_City',
  dates: {
    network: '{weekday} {day}, {month} {year}',
    dateTime: '{day} of {month} {year} {hh}:{mm}:{ss}',
    short: '{day} {month} {year}',
    time: '{hh}:{mm}',
    day: '{weekday} {day} {month}',
  },
  sections: [
    { id: 'mexico', label: 'Mexico', description: 'Politics, cities and daily life across Mexico.' },
    { id: 'world', label: 'World', description: 'International news seen from Mexico.' },
    { id: 'business', label: 'Business', description: 'Markets, trade, companies and the economy.' },
    { id: 'tech', label: 'Tech', description: 'Technology, science and the digital economy.' },
    { id: 'sports', label: 'Sports', description: 'Football, baseball, boxing and every other game.' },
    { id: 'culture', label: 'Culture', description: 'Film, music, books, food and the arts.' },
    { id: 'opinion', label: 'Opinion', description: 'Columns, analysis and the editorial view.' },
  ],
  opinionSection: 'opinion',
  newsletter: {
    name: `${name} newsletter`,
    cadence: 'every weekday morning',
    from: `${name} <newsletter@thenews.mx>`,
  },
  // Small enough that the sample archive shows real pagination in every section.
  articlesPerPage: 5,
  standards: {
    ethics: 'standards',
    corrections: 'corrections-policy',
    ownership: 'ownership',
    masthead: 'masthead',
    bylines: 'bylines',
  },
  social: { x: null, facebook: null, instagram: null },
  theme: { ink: '#14213d', paper: '#ffffff', accent: '#b3261e', accentOnInk: '#ffd166', muted: '#595959' },
  search: { language: 'en' },
  divisions: [
    { id: 'digital', name: 'Digital', description: 'News sites, newsletters and apps.' },
    { id: 'prensa', name: 'Prensa', description: 'Daily and weekly print titles.' },
    { id: 'radio', name: 'Radio', description: 'Talk and music stations.' },
    { id: 'tv', name: 'TV', description: 'Television channels and video.' },
  ],
  strings: stringsEn({
    name,
    newsletterPitch: "The day's essential stories from Mexico, every weekday morning. Free; leave any time.",
    newsletterDescription: "The day's essential stories from Mexico in your inbox every weekday morning.",
    aboutIntro:
      '{name} is written and edited in Mexico City for readers who follow the country in English: residents, visitors, investors and anyone abroad who wants Mexico explained from Mexico. Articles signed “By {name}” are the work of the newsroom as a whole.',
  }),
} as const satisfies BrandConfig
