import type { ArticleTypeId } from './article-types'

// Every word the site shows a reader or emits to a machine, per brand, by area. Every key is
// required in every brand (a missing one fails the type check); config/brands.test.ts walks every
// brand × every key. Templates name their slots `{like-this}` (lib/brand/template.ts), and each
// key has the same slots in every brand. Components never hold words of their own.
//
// Not here: what editors and operators read (content-check messages, API errors of /api/publish
// and /api/live, log lines): the newsroom's tooling speaks English (ADR 0020).

/** Header, navigation, pagination: on every page. */
export type CommonStrings = {
  readonly placeholder: string
}

/** The group's network strip and footer list. */
export type NetworkStrings = {
  readonly placeholder: string
}

/** The front page, section fronts and other story lists. */
export type ListStrings = {
  readonly placeholder: string
}

export type FooterStrings = {
  readonly placeholder: string
}

/** The 404 page, the 410 page of a withdrawn story, the 429 page of search, the lite 404. */
export type ErrorStrings = {
  readonly placeholder: string
}

/** /about and the standards pages; draft previews. */
export type AboutStrings = {
  readonly placeholder: string
}

/** Titles and descriptions machines read: feeds, metadata, JSON-LD. */
export type SeoStrings = {
  readonly placeholder: string
}

/** The article page, its lite twin, bylines, photos, article types, related stories. */
export type ArticleStrings = {
  readonly types: Readonly<Record<ArticleTypeId, string>>
}

/** Live coverage: the live page and its updates. */
export type LiveStrings = {
  /** The updates' region heading while coverage runs. */
  readonly heading: string
  /** The same heading once coverage has ended. */
  readonly headingEnded: string
  /** The badge before `running`. */
  readonly badge: string
  readonly running: string
  readonly ended: string
  /** The key events list's heading and label. */
  readonly keyEvents: string
  /** A key event's time when the list spans several days: `{day}` is the day heading, `{time}` the time of day. */
  readonly keyEventWhen: string
  /** Flags on an update. */
  readonly pinned: string
  readonly keyEvent: string
  /** The pages of older updates: the navigation's label, the first page, the others (`{page}`). */
  readonly olderUpdates: string
  readonly latestPage: string
  readonly page: string
  /** The polling island's offer, by `Intl.PluralRules` category of `{count}`. */
  readonly newUpdates: { readonly one: string; readonly other: string }
  /** In place of an update whose text cannot be rendered. */
  readonly unrenderable: string
  /** A page of older updates: its title (`{title}` the article's, `{page}` its number) and its heading (`{title}` is a link). */
  readonly updatesPageTitle: string
  readonly updatesPageHeading: string
}

/** /corrections and the notices on corrected articles. */
export type CorrectionStrings = {
  readonly placeholder: string
}

export type AuthorStrings = {
  readonly placeholder: string
}

export type TagStrings = {
  readonly placeholder: string
}

export type SearchStrings = {
  readonly placeholder: string
}

/** The sign-up form, its pages, its messages and its mail. */
export type NewsletterStrings = {
  readonly placeholder: string
}

export type BrandStrings = {
  readonly common: CommonStrings
  readonly network: NetworkStrings
  readonly lists: ListStrings
  readonly footer: FooterStrings
  readonly errors: ErrorStrings
  readonly about: AboutStrings
  readonly seo: SeoStrings
  readonly article: ArticleStrings
  readonly live: LiveStrings
  readonly corrections: CorrectionStrings
  readonly author: AuthorStrings
  readonly tags: TagStrings
  readonly search: SearchStrings
  readonly newsletter: NewsletterStrings
}
