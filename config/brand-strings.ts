import type { NewsletterStrings } from './brand-strings-newsletter'
import type {
  AboutStrings,
  CommonStrings,
  ErrorStrings,
  FooterStrings,
  ListStrings,
  NetworkStrings,
  SeoStrings,
} from './brand-strings-site'
import type {
  ArticleStrings,
  AuthorStrings,
  CorrectionStrings,
  LiveStrings,
  SearchStrings,
  TagStrings,
} from './brand-strings-stories'

// Every word the site shows a reader or emits to a machine, per brand, by area. Every key is
// required in every brand (a missing one fails the type check); config/brands.test.ts walks every
// brand × every key. Templates name their slots `{like-this}` (lib/brand/template.ts), and each
// key has the same slots in every brand. Components never hold words of their own.
//
// Not here: what editors and operators read (content-check messages, API errors of /api/publish
// and /api/live, log lines): the newsroom's tooling speaks English (ADR 0020).

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
