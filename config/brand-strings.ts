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
  /** The first link of every page, to its main content. */
  readonly skipToContent: string
  /** The section navigation's name (aria-label) and its first link. */
  readonly sectionsNav: string
  readonly home: string
  /** The header's search form (aria-label of its field). */
  readonly siteSearch: string
  /** Pagination: the link to the page of newer stories (with its arrow). */
  readonly newer: string
  readonly older: string
  /** Pagination: `{page}`, `{total}`. */
  readonly pageOf: string
}

/** The group's network strip and footer list. */
export type NetworkStrings = {
  /** The strip's name (aria-label of its nav). */
  readonly label: string
  /** The strip's list of brands (aria-label). */
  readonly brands: string
  /** The strip's list of divisions (aria-label). */
  readonly divisions: string
}

/** The front page, section fronts and other story lists. */
export type ListStrings = {
  /** The front page's hidden h1: `{name}`. */
  readonly homeHeading: string
  /** The lead story's region (aria-label). */
  readonly leadStory: string
  /** The front page before any story is published. */
  readonly noStoriesYet: string
  readonly topStories: string
  /** Under a section's block on the front page: `{section}` (its label). */
  readonly moreInSection: string
  readonly mostRead: string
  /** Most read before there are reading figures. */
  readonly mostReadNoFigures: string
  /** After a list's title past page 1: `{page}`. */
  readonly pageNumber: string
  /** An empty list. */
  readonly noStoriesHere: string
  /** A list's pagination (aria-label): `{title}` (the list's). */
  readonly pagesLabel: string
  /** The h1 of a live article's older updates: `{title}` (the article's, a link), `{page}`. */
  readonly earlierUpdates: string
}

export type FooterStrings = {
  /** `{name}`. */
  readonly about: string
  /** The standards links' heading and name. */
  readonly standards: string
  readonly ethics: string
  readonly correctionsPolicy: string
  /** The corrections log (/corrections). */
  readonly corrections: string
  readonly ownership: string
  readonly masthead: string
  readonly bylines: string
  readonly sections: string
  /** The footer's sections nav (aria-label; the header has one named `common.sectionsNav`). */
  readonly sectionsLabel: string
  readonly network: string
  /** The footer's network nav (aria-label; the strip is named `network.label`). */
  readonly networkLabel: string
  /** `{year}`, `{name}`. */
  readonly copyright: string
}

/** The 404 page, the 410 page of a withdrawn story, the 429 page of search, the lite 404. */
export type ErrorStrings = {
  /** The 404 page's <title>. */
  readonly notFoundTitle: string
  readonly notFoundHeading: string
  readonly notFoundText: string
  /** `{frontPage}`: a link whose text is `frontPage`. */
  readonly notFoundBack: string
  /** A link to / inside a sentence. */
  readonly frontPage: string
  /** The lite article's 404 (title and heading). */
  readonly liteNotFound: string
  /** The lite 404's link to / (alone, so capitalised). */
  readonly liteFrontPage: string
  /** The 410 page: <title> (before " · " and the name), then heading. */
  readonly withdrawnTitle: string
  readonly withdrawnHeading: string
  /** `{name}`, `{policy}` (a link whose text is `withdrawnPolicy`), `{frontPage}` (a link). */
  readonly withdrawnText: string
  readonly withdrawnPolicy: string
  /** The 429 page of search: <title> (before " · " and the name) and heading. */
  readonly tooManySearches: string
  /** `{name}`, `{seconds}`, `{frontPage}` (a link); chosen by the plural of `{seconds}`. */
  readonly tooManySearchesText: { readonly one: string; readonly other: string }
  /** Plain-text bodies: a share card of a withdrawn story (410), of no story (404). */
  readonly cardWithdrawn: string
  readonly cardNotFound: string
  /** Plain text: a section feed of no section; a sitemap part past the last. */
  readonly unknownSection: string
  readonly noSitemapPart: string
  /** Plain text: a published image's address with no image (404); the image store down (503). */
  readonly noImage: string
  readonly imageStoreDown: string
}

/** /about and the standards pages; draft previews. */
export type AboutStrings = {
  /** /about's h1 and title: `{name}`. */
  readonly title: string
  /** /about's meta description: `{name}`, `{tagline}`. */
  readonly description: string
  /** Who the brand is: `{name}`. */
  readonly intro: string
  readonly network: string
  /** Before the list of brands: `{name}`. */
  readonly networkIntro: string
  readonly divisions: string
  /** The standards pages' breadcrumb to /about. */
  readonly breadcrumb: string
  /** A standards page's date: `{date}` (a <time>). */
  readonly lastUpdated: string
  /** An editor's note on a draft. */
  readonly draftNote: string
  /** An editor's note on a scheduled article: `{date}` (a <time>). */
  readonly scheduledNote: string
  /** The preview banner's name (aria-label) and its first, bold word. */
  readonly preview: string
  /** `{preview}` (the bold word). */
  readonly previewText: string
  readonly leavePreview: string
}

/** Titles and descriptions machines read: feeds, metadata, JSON-LD. */
export type SeoStrings = {
  /** The front page's title: `{name}`, `{tagline}`. */
  readonly homeTitle: string
  /** Every page's title after its own: `{name}` (`%s` is Next's slot for the page's title). */
  readonly titleTemplate: string
  /** The site feed's title in <link rel=alternate>: `{name}`. */
  readonly siteFeed: string
  /** A section feed's title (its channel and its link): `{name}`, `{section}`. */
  readonly sectionFeed: string
  /** Page N of a list: `{title}`, `{page}`. */
  readonly listPageTitle: string
  /** Older updates of a live article: `{title}`, `{page}`. */
  readonly liveUpdatesTitle: string
  /** A feed item's authors (dc:creator): `{names}` (comma-separated), `{last}`. */
  readonly authorsList: string
  /** JSON-LD CorrectionComment of a clarification: `{text}`. */
  readonly clarification: string
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
