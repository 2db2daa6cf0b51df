import type { BrandStrings } from './brand-strings'

/** A brand of the group as the network strip lists it (config/brands/{id}.ts). */
export type Brand = {
  /** Stable id, used for keys and for marking the current brand; `BRAND={id}` builds it. */
  readonly id: string
  readonly name: string
  readonly url: string
  /** The language of its name and site: the strip marks names in another language with `lang`. */
  readonly lang: Language
}

/** The languages the group publishes in, as `<html lang>` spells them. */
export type Language = 'en' | 'es-MX'

export type Division = {
  readonly id: 'digital' | 'prensa' | 'radio' | 'tv'
  readonly name: string
  readonly description: string
}

export type Section = {
  readonly id: string
  readonly label: string
  readonly description: string
}

/**
 * Date and time patterns over Intl's typed parts (lib/dates.ts): `{weekday}`, `{day}`, `{month}`,
 * `{year}`, `{hh}`, `{mm}`, `{ss}`. Literal text between them is the brand's own (never Intl's, whose
 * spaces and connectors change between ICU versions).
 */
export type DatePatterns = {
  /** The network strip: "Wednesday 18, September 2019". */
  readonly network: string
  /** Under a headline: "15 of August 2016 13:45:53". */
  readonly dateTime: string
  /** Lists and cards: "15 August 2016". */
  readonly short: string
  /** A live update's time of day: "20:45". */
  readonly time: string
  /** A live page's day heading, once per day: "Sunday 22 November". */
  readonly day: string
}

/** The brand's theme: the `--brand-*` custom properties (app/layout.tsx). Each pair a test checks meets WCAG AA. */
export type BrandTheme = {
  /** Text, and the masthead's background. */
  readonly ink: string
  /** The page. */
  readonly paper: string
  /** Links and highlights on paper. */
  readonly accent: string
  /** Highlights on ink (the header). */
  readonly accentOnInk: string
  /** Secondary text on paper. */
  readonly muted: string
}

/** The brand a build serves (config/site.ts): everything a reader or a machine reads from it. */
export type BrandConfig = Brand & {
  /** How the masthead and mail spell the address, e.g. "WWW.THENEWS.MX". */
  readonly domain: string
  readonly tagline: string
  readonly description: string
  /** Intl locale for dates and plurals ("en-US", "es-MX"). */
  readonly intlLocale: 'en-US' | 'es-MX'
  /** og:locale. */
  readonly ogLocale: 'en_US' | 'es_MX'
  /** RSS `<language>` (RFC 1766, lower case). */
  readonly rssLanguage: 'en' | 'es-mx'
  /** Google News sitemap `<news:language>` (ISO 639 without region). */
  readonly newsLanguage: 'en' | 'es'
  readonly timeZone: 'America/Mexico_City'
  readonly dates: DatePatterns
  /** In navigation order. Ids are URL segments: lower-case ASCII words joined by hyphens. */
  readonly sections: readonly Section[]
  /** The section whose articles are opinion unless they say otherwise; null when there is none. */
  readonly opinionSection: string | null
  readonly newsletter: {
    /** The page heading and the mail's sender name. */
    readonly name: string
    /** "…will arrive in your inbox {cadence}." */
    readonly cadence: string
    /** The sender of its mail (MAIL_FROM overrides it). */
    readonly from: string
  }
  readonly articlesPerPage: number
  /** Slugs of its standards pages (…/pages/{slug}.mdx, at /about/{slug}); the build checks each exists. */
  readonly standards: StandardsPages
  /** Its accounts elsewhere (JSON-LD sameAs, the footer); null when it has none. */
  readonly social: { readonly x: string | null; readonly facebook: string | null; readonly instagram: string | null }
  readonly theme: BrandTheme
  readonly search: {
    /** Which stemmer the search index uses (lib/search/). */
    readonly language: 'en' | 'es'
  }
  /** The group's divisions in this brand's language. */
  readonly divisions: readonly Division[]
  /** Every word the site shows or emits (config/brand-strings.ts). */
  readonly strings: BrandStrings
}

export type ArticleType = {
  readonly id: string
  /** The schema.org type given beside NewsArticle in the article's JSON-LD. */
  readonly schemaType: string
}

/** The outlet's standards pages (…/pages/{slug}.mdx, at /about/{slug}), by what they are. */
export type StandardsPages = {
  /** Ethics and standards: JSON-LD publishingPrinciples and ethicsPolicy. */
  readonly ethics: string
  readonly corrections: string
  readonly ownership: string
  readonly masthead: string
  readonly bylines: string
}
