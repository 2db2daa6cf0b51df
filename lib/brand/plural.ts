import type { PluralPair } from '@/config/brand-strings-stories'
import { site } from '@/config/site'

const rules = new Intl.PluralRules(site.intlLocale)

/**
 * The form of a brand's plural pair (config/brand-strings.ts) for `count`, by the brand's
 * language rules: `one` where they say "one", `other` for every other category (the brands'
 * languages need no third form). Still a template: fill its `{count}` and other slots.
 */
export function pluralForm(forms: PluralPair, count: number): string {
  return rules.select(count) === 'one' ? forms.one : forms.other
}
