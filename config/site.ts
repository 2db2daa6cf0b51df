// The outlet itself. One source for metadata, the masthead, the header and the tests.
export const site = {
  name: 'The News',
  domain: 'WWW.THENEWS.MX',
  // Canonical origin. SITE_URL lets a staging deployment produce its own absolute URLs.
  url: (process.env.SITE_URL ?? 'https://www.thenews.mx').replace(/\/+$/, ''),
  locale: 'en',
  timeZone: 'America/Mexico_City',
  tagline: "Mexico's English-language daily",
  description:
    "The News is Mexico's English-language daily: Mexican and world news, business, technology, sports, culture and opinion.",
  // The sender of the newsletter's mail (MAIL_FROM overrides it).
  mailFrom: 'The News <newsletter@thenews.mx>',
  // Small enough that the sample archive shows real pagination in every section.
  articlesPerPage: 5,
} as const
