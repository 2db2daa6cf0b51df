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

/** A word or sentence that changes with a number: chosen by `pluralForm` (lib/brand/plural.ts). */
export type PluralPair = {
  /** The form for one (`Intl.PluralRules(site.intlLocale)` says "one"). */
  readonly one: string
  /** Every other count. */
  readonly other: string
}

/** The article page, its lite twin, bylines, photos, article types, related stories. */
export type ArticleStrings = {
  readonly types: Readonly<Record<ArticleTypeId, string>>
  /** The label of a live article while it runs ({@link ArticleStrings.types} `live` names the type). */
  readonly liveNow: string
  /** The label of a live article once its coverage is over. */
  readonly liveEnded: string
  /** `{authors}`: the names, linked, joined by `Intl.ListFormat(site.intlLocale)`. */
  readonly byline: string
  /** `{time}`: when the article was last updated. */
  readonly updated: string
  /** `{count}`: minutes. */
  readonly readingTime: PluralPair
  /** `{credit}`: who took the photo; after the caption, if any, and a comma. */
  readonly photoCredit: string
  /** Heading of the article's tag links (a navigation landmark). */
  readonly topics: string
  /** Heading of the related stories below the article. */
  readonly related: string
  /** Before an in-body <RelatedLink>. */
  readonly readAlso: string
  /** Names a table's scrolling box for screen readers. */
  readonly table: string
  /** `{link}`: a link to the lite page, its text `liteLink`. */
  readonly liteOffer: string
  readonly liteLink: string
  /** The lite page's <title>: `{title}` the headline, `{site}` the brand's name. */
  readonly liteTitle: string
  /** On the lite page, `{link}`: a link to the full article, its text `fullLink`. */
  readonly fullOffer: string
  readonly fullLink: string
}

/** Live coverage: the live page and its updates. */
export type LiveStrings = {
  readonly placeholder: string
}

/** /corrections and the notices on corrected articles. */
export type CorrectionStrings = {
  /** The notice's heading, by how many it lists; `one` also labels an entry of the log. */
  readonly correction: PluralPair
  readonly clarification: PluralPair
  /** The link to the corrections policy (the notice and the log). */
  readonly policyLink: string
  /** The link from a notice to /corrections. */
  readonly allLink: string
  /** /corrections: its heading and <title>. */
  readonly title: string
  /** /corrections: the sentence under its heading, before the policy link. */
  readonly intro: string
  /** /corrections: its meta description. */
  readonly description: string
  /** After the heading of page 2 on: `{page}`. */
  readonly pageNumber: string
  readonly empty: string
  /** Names the pagination landmark. */
  readonly pagination: string
}

export type AuthorStrings = {
  readonly expertise: string
  /** Before the languages the author reports in. */
  readonly languages: string
  /** Names the list of the author's other profiles: `{name}`. */
  readonly elsewhere: string
  /** Heading of the author's stories: `{name}`. */
  readonly latest: string
  readonly empty: string
  /** After the heading of page 2 on: `{page}`. */
  readonly pageNumber: string
  /** Names the pagination landmark: `{name}`. */
  readonly pagination: string
}

export type TagStrings = {
  /** Above a tag page's heading. */
  readonly kicker: string
  /** A tag page's description: `{count}` stories. */
  readonly count: PluralPair
  /** A tag page's meta description: `{tag}` its label. */
  readonly description: string
  /** /tags: its heading and <title>. */
  readonly indexTitle: string
  /** /tags: the sentence under its heading. */
  readonly indexIntro: string
  /** /tags: its meta description. */
  readonly indexDescription: string
}

export type SearchStrings = {
  /** The search page's heading and <title> without a query. */
  readonly title: string
  /** The <title> with a query: `{query}`. */
  readonly titleWithQuery: string
  readonly description: string
  /** Names the search page's own form (the header's has another name). */
  readonly againLabel: string
  /** The search field's label and placeholder. */
  readonly fieldLabel: string
  readonly button: string
  /** What a reader typed that cannot be searched. */
  readonly empty: string
  /** `{max}` characters allowed, `{length}` typed. */
  readonly tooLong: string
  readonly noWords: string
  /** `{query}`: what was searched, in bold. */
  readonly noMatch: string
  readonly noMatchHint: string
  /** `{count}` results for `{query}` (in bold). */
  readonly count: PluralPair
  /** After the count when there are several pages: `{page}`, `{pages}`. */
  readonly pageOf: string
  /** A page past the last one. */
  readonly noMore: string
  /** Names the previous/next navigation. */
  readonly pages: string
  readonly previous: string
  readonly next: string
}

/** A mail the newsletter sends. Slots: {site} (the brand's name), {email} (the reader's), {url} (the link). */
export type NewsletterMailStrings = {
  readonly subject: string
  /** The plain-text body, lines separated by \n; the link ({url}) alone on its line. */
  readonly text: string
}

/** The page a mailed link opens (/newsletter/confirm, /newsletter/unsubscribe). */
export type NewsletterLinkPageStrings = {
  /** The browser title (metadata). */
  readonly metaTitle: string
  /** The meta description; {site}. */
  readonly description: string
  readonly heading: string
  /** Before the button; {site}, and {email} shown in bold. */
  readonly explanation: string
  readonly button: string
}

/** The sign-up form, its pages, its messages and its mail. */
export type NewsletterStrings = {
  /** The pitch and form at the end of articles, in the footer and on /newsletter. */
  readonly signup: {
    /** The heading on articles and /newsletter; {site}. */
    readonly heading: string
    /** The shorter heading in the footer. */
    readonly footerHeading: string
    readonly pitch: string
    readonly emailLabel: string
    readonly button: string
    /** The label of the bot-trap field, hidden from people and screen readers (bots read it). */
    readonly trapLabel: string
    /** When the browser cannot reach the server; {site}. */
    readonly offline: string
  }
  /** /newsletter (its heading is `newsletter.name` of the brand config). */
  readonly page: {
    readonly metaTitle: string
    readonly description: string
  }
  readonly confirm: NewsletterLinkPageStrings
  readonly unsubscribe: NewsletterLinkPageStrings
  /** A mailed link that is bad or expired. */
  readonly badLink: {
    readonly heading: string
    readonly backLink: string
  }
  /** A link page while the database is down. */
  readonly unavailable: {
    readonly heading: string
    /** After `errors.unavailable`. */
    readonly linkStillWorks: string
  }
  /**
   * What readers are told, by outcome code (the keys are the API's `status` codes and the
   * /newsletter?status= values). `confirmed`: {site} and {cadence} (`newsletter.cadence`).
   */
  readonly status: {
    readonly pending: string
    readonly 'pending-again': string
    readonly 'already-confirmed': string
    readonly confirmed: string
    readonly 'was-confirmed': string
    readonly unsubscribed: string
    readonly 'was-unsubscribed': string
  }
  /** What went wrong, by error code (the API's codes and the /newsletter?error= values). */
  readonly errors: {
    readonly 'email-missing': string
    readonly 'email-too-long': string
    readonly 'email-format': string
    readonly 'email-non-ascii': string
    readonly 'email-local': string
    readonly 'email-domain': string
    readonly 'rate-limited': string
    readonly 'bad-link': string
    readonly 'cross-site': string
    readonly unavailable: string
  }
  readonly mail: {
    /** To a new or pending address: the confirmation link. */
    readonly confirmation: NewsletterMailStrings
    /** After confirming: the unsubscribe link. */
    readonly welcome: NewsletterMailStrings
    /** To an address that signs up again while subscribed: the unsubscribe link. */
    readonly alreadySubscribed: NewsletterMailStrings
  }
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
