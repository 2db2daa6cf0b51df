// The newsletter's words: the form, its pages, its messages and its mail (config/brand-strings.ts).

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
