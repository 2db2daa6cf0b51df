/**
 * Folds text for matching: lowercase, accents removed ("Querétaro" → "queretaro"), so a reader
 * typing without accents finds words written with them, and the reverse.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}
