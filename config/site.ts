import { theNews } from './brands/the-news'
import type { Outlet } from './types'

// The outlet this build is: every user-facing mention of its name, address and newsletter comes
// from here (components never spell them out), a step toward building a sister brand from this
// codebase with a file like this one. One source for metadata, the masthead, the header, mail
// and the tests.
const name = theNews.name

export const site = {
  brandId: theNews.id,
  name,
  domain: 'WWW.THENEWS.MX',
  // Canonical origin. SITE_URL lets a staging deployment produce its own absolute URLs.
  url: (process.env.SITE_URL ?? theNews.url).replace(/\/+$/, ''),
  locale: 'en',
  timeZone: 'America/Mexico_City',
  tagline: "Mexico's English-language daily",
  description: `${name} is Mexico's English-language daily: Mexican and world news, business, technology, sports, culture and opinion.`,
  newsletter: {
    /** The page heading and the mail's sender name. */
    name: `${name} newsletter`,
    /** "…will arrive in your inbox {cadence}." */
    cadence: 'every weekday morning',
    /** The sender of its mail (MAIL_FROM overrides it). */
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
} as const satisfies Outlet
