import { site } from '../../config/site'
import { spanish } from './spanish'
import { english, type Tokenizer } from './tokenize'

/** The tokenizer of a search language; tests take either without a rebuild. */
export function tokenizer(language: 'en' | 'es'): Tokenizer {
  return language === 'es' ? spanish : english
}

/** The built brand's: the index, the overlay of published rows and the queries all use this one. */
export const searchTokenizer = tokenizer(site.search.language)
