// A relative path, not the `contentlayer/brand` alias: contentlayer2 bundles its config (which
// reaches this file through lib/dates.ts) marking every bare import external, so the alias
// failed at run time there ("Cannot find package 'contentlayer'").
import { brand } from '../.brand/brand'

// The brand this build is (BRAND at `npm run content`; scripts/select-brand.mjs): every word,
// name, address, language, section and colour the site shows comes from here (components never
// spell them out). One source for metadata, the masthead, the header, mail and the tests.
export const site = {
  ...brand,
  brandId: brand.id,
  // Canonical origin. SITE_URL lets a staging deployment produce its own absolute URLs.
  url: (process.env.SITE_URL ?? brand.url).replace(/\/+$/, ''),
  /** `<html lang>` and JSON-LD inLanguage. */
  locale: brand.lang,
}

/** The brand's words (config/brand-strings.ts). */
export const t = brand.strings
