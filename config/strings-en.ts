import type { BrandStrings } from './brand-strings'

// The words of the group's English-language brand (The News), by area: the reference the other
// brands' strings are checked against (config/brands.test.ts: same keys, same template slots).
export function stringsEn(brand: {
  /** The brand's name, as it is written in sentences. */
  name: string
  /** The newsletter in one sentence, under the sign-up form. */
  newsletterPitch: string
  /** The /newsletter page's description. */
  newsletterDescription: string
  /** /about's first paragraph: who writes it, for whom. `{name}` is the brand's name. */
  aboutIntro: string
}): BrandStrings {
  const { name } = brand
  return {
    common: {
      skipToContent: 'Skip to main content',
      sectionsNav: 'Sections',
      home: 'Home',
      siteSearch: 'Site search',
      newer: '← Newer',
      older: 'Older →',
      pageOf: 'Page {page} of {total}',
    },
    network: {
      label: 'Sister brands of our media group',
      brands: 'Sister brands',
      divisions: 'Divisions',
    },
    lists: {
      homeHeading: '{name}: top stories',
      leadStory: 'Lead story',
      noStoriesYet: 'No stories have been published yet.',
      topStories: 'Top stories',
      moreInSection: 'More {section} news',
      mostRead: 'Most read',
      mostReadNoFigures: 'No reading figures yet: these are the newest stories.',
      pageNumber: 'page {page}',
      noStoriesHere: 'No stories here yet.',
      pagesLabel: '{title}: pages',
      earlierUpdates: '{title}: earlier updates, page {page}',
    },
    footer: {
      about: 'About {name}',
      standards: 'Our standards',
      ethics: 'Ethics and standards',
      correctionsPolicy: 'Corrections policy',
      corrections: 'Corrections',
      ownership: 'Ownership and funding',
      masthead: 'Masthead',
      bylines: 'Bylines policy',
      sections: 'Sections',
      sectionsLabel: 'Sections (footer)',
      network: 'Our network',
      networkLabel: 'Sister brands of our media group (footer)',
      copyright: '© {year} {name}. All rights reserved.',
    },
    errors: {
      notFoundTitle: 'Page not found',
      notFoundHeading: 'We could not find that page',
      notFoundText: 'The story may have moved, or the address may have a typo. Try one of our sections:',
      notFoundBack: 'Or go back to the {frontPage}.',
      frontPage: 'front page',
      liteNotFound: 'Not found',
      liteFrontPage: 'Front page',
      withdrawnTitle: 'Story withdrawn',
      withdrawnHeading: 'This story has been withdrawn',
      withdrawnText:
        '{name} has taken this story down. Why we withdraw stories, and how we correct them: {policy}. The latest stories are on the {frontPage}.',
      withdrawnPolicy: 'our corrections policy',
      tooManySearches: 'Too many searches',
      tooManySearchesText: {
        one: 'Your connection has searched {name} very often in the last minute. Try again in {seconds} second; the latest stories are on the {frontPage}.',
        other:
          'Your connection has searched {name} very often in the last minute. Try again in {seconds} seconds; the latest stories are on the {frontPage}.',
      },
      cardWithdrawn: 'This story has been withdrawn',
      cardNotFound: 'No such article',
      unknownSection: 'Unknown section',
      noSitemapPart: 'No such sitemap part',
      noImage: 'No image at this address.',
      imageStoreDown: 'The image store is not reachable right now; try again in a minute.',
    },
    about: {
      title: 'About {name}',
      description: 'About {name}, {tagline}, and the media group it belongs to.',
      intro: brand.aboutIntro,
      network: 'Our network',
      networkIntro: '{name} is one of the sister brands of a Mexican media group:',
      divisions: 'Divisions',
      breadcrumb: 'About',
      lastUpdated: 'Last updated {date}',
      draftNote: 'Draft: not published. Readers cannot see this article.',
      scheduledNote: 'Scheduled: readers will see this article from {date}.',
      preview: 'Preview',
      previewText: '{preview}: you are seeing drafts and scheduled articles that readers cannot see.',
      leavePreview: 'Leave preview',
    },
    seo: {
      homeTitle: '{name}: {tagline}',
      titleTemplate: '%s | {name}',
      siteFeed: '{name}: latest news',
      sectionFeed: '{name}: {section}',
      listPageTitle: '{title}, page {page}',
      liveUpdatesTitle: '{title}: updates, page {page}',
      authorsList: '{names} and {last}',
      clarification: 'Clarification: {text}',
    },
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
      liveNow: 'Live',
      liveEnded: 'Live coverage ended',
      byline: 'By {authors}',
      updated: 'Updated {time}',
      readingTime: { one: '{count} min read', other: '{count} min read' },
      photoCredit: 'photo: {credit}',
      topics: 'Topics',
      related: 'Keep reading',
      readAlso: 'Read also:',
      table: 'Table',
      liteOffer: '{link} of this article, for slow connections',
      liteLink: 'Lite version',
      liteTitle: '{title} | {site} (lite)',
      fullOffer: '{link} (photos in full size, related stories)',
      fullLink: 'Full version of this article',
    },
    live: {
      heading: 'Live updates',
      headingEnded: 'Updates',
      badge: 'Live',
      running: 'New updates appear here as the story develops.',
      ended: 'This live coverage has ended.',
      keyEvents: 'Key events',
      keyEventWhen: '{day}, {time}',
      pinned: 'Pinned',
      keyEvent: 'Key event',
      olderUpdates: 'Older updates',
      latestPage: 'Latest',
      page: 'Page {page}',
      newUpdates: { one: '{count} new update', other: '{count} new updates' },
      unrenderable: 'This update cannot be shown.',
    },
    corrections: {
      correction: { one: 'Correction', other: 'Corrections' },
      clarification: { one: 'Clarification', other: 'Clarifications' },
      policyLink: 'How we correct our work',
      allLink: 'All corrections',
      title: 'Corrections and clarifications',
      intro: `When ${name} gets something wrong, we say so on the article and list it here.`,
      description: `Every correction and clarification ${name} has published, newest first.`,
      pageNumber: 'page {page}',
      empty: 'No corrections yet.',
      pagination: 'Corrections: pages',
    },
    author: {
      expertise: 'Expertise:',
      languages: 'Reports in:',
      elsewhere: '{name} elsewhere',
      latest: 'Latest from {name}',
      empty: 'No published stories yet.',
      pageNumber: 'page {page}',
      pagination: '{name}: pages',
    },
    tags: {
      kicker: 'Topic',
      count: { one: '{count} story, newest first.', other: '{count} stories, newest first.' },
      description: `Stories about {tag} from ${name}.`,
      indexTitle: 'Topics',
      indexIntro: 'Every topic we cover, most written about first.',
      indexDescription: `Every topic ${name} covers, with the number of stories on each.`,
    },
    search: {
      title: 'Search',
      titleWithQuery: 'Search: {query}',
      description: `Search every story published by ${name}.`,
      againLabel: 'Search again',
      fieldLabel: `Search ${name}`,
      button: 'Search',
      empty: 'Type a word or two to search the archive.',
      tooLong: 'Searches can be up to {max} characters long; yours has {length}. Try a few key words.',
      noWords: 'Your search has no letters or numbers in it. Try a word.',
      noMatch: 'No stories match {query}.',
      noMatchHint: 'Check the spelling, use fewer words, or try a broader term, like a place or a topic.',
      count: { one: '{count} story matches {query}', other: '{count} stories match {query}' },
      pageOf: '(page {page} of {pages})',
      noMore: 'There are no more results.',
      pages: 'Search result pages',
      previous: '← Previous',
      next: 'Next →',
    },
    newsletter: {
      signup: {
        heading: 'Get {site} by email',
        footerHeading: 'Newsletter',
        pitch: brand.newsletterPitch,
        emailLabel: 'Email address',
        button: 'Sign up',
        trapLabel: 'Leave this empty',
        offline: 'We could not reach {site}. Check your connection and try again.',
      },
      page: {
        metaTitle: 'Newsletter',
        description: brand.newsletterDescription,
      },
      confirm: {
        metaTitle: 'Confirm your subscription',
        description: 'Confirm your subscription to the newsletter of {site}.',
        heading: 'Confirm your subscription',
        explanation: 'One click and the newsletter of {site} starts arriving at {email}.',
        button: 'Confirm my subscription',
      },
      unsubscribe: {
        metaTitle: 'Unsubscribe',
        description: 'Stop getting the newsletter of {site}.',
        heading: 'Unsubscribe from the newsletter',
        explanation: 'The newsletter of {site} will stop arriving at {email}.',
        button: 'Unsubscribe',
      },
      badLink: {
        heading: 'This link does not work',
        backLink: 'Go to the newsletter page',
      },
      unavailable: {
        heading: 'The newsletter is unavailable right now',
        linkStillWorks: 'Your link still works: open it again in a few minutes.',
      },
      status: {
        pending:
          "Almost done: we've sent an email to that address. If it is not subscribed yet, the email holds a confirmation link: click it to start getting the newsletter.",
        'pending-again':
          "You've already signed up, so we've sent the confirmation link again. Check your inbox (and spam folder).",
        'already-confirmed': "You're already subscribed with that address. Thank you! There's nothing more to do.",
        confirmed: "You're subscribed. {site} will arrive in your inbox {cadence}.",
        'was-confirmed': 'Your subscription was already confirmed. Nothing more to do.',
        unsubscribed: "You've been unsubscribed. You won't get the newsletter any more.",
        'was-unsubscribed': 'That address is not subscribed, so there was nothing to undo.',
      },
      errors: {
        'email-missing': 'Please enter your email address.',
        'email-too-long': 'That email address is too long.',
        'email-format': 'That does not look like an email address: it needs one @, like name@example.com.',
        'email-non-ascii':
          'We can only send to addresses whose part before the @ uses unaccented letters, digits and . _ + - (our mail cannot reach accented addresses yet).',
        'email-local': 'The part before the @ has characters an email address cannot have.',
        'email-domain': 'The part after the @ is not a valid domain, like example.com.',
        'rate-limited': "You've tried several times in a few minutes. Please wait a little and try again.",
        'bad-link': 'This link is not valid or has expired. Sign up again and we will send a new one.',
        'cross-site': 'This form was sent from another site. To sign up, use the form on a page of this site.',
        unavailable:
          'The newsletter service is unavailable right now. Nothing was saved; please try again in a few minutes.',
      },
      mail: {
        confirmation: {
          subject: 'Confirm your subscription to {site}',
          text:
            'Someone (we hope you) asked for the newsletter of {site} at {email}.\n' +
            '\n' +
            'To confirm, open this link:\n' +
            '{url}\n' +
            '\n' +
            'If it was not you, ignore this email: you will not be subscribed. The link expires in 7 days.',
        },
        welcome: {
          subject: 'Welcome to the newsletter of {site}',
          text:
            'You are subscribed to the newsletter of {site} at {email}.\n' +
            '\n' +
            'To stop getting it at any time, open this link:\n' +
            '{url}',
        },
        alreadySubscribed: {
          subject: "You're already subscribed to {site}",
          text:
            'Someone (we hope you) asked for the newsletter of {site} at {email}, which is already subscribed.\n' +
            'There is nothing more to do.\n' +
            '\n' +
            'If you want to stop getting it, open this link:\n' +
            '{url}',
        },
      },
    },
  }
}
