/**
 * A path on this site that is safe to redirect to: absolute-path form only, so neither an
 * open redirect (`//evil.example`, `https://…`, `/\evil`) nor a header injection gets through.
 * The checks apply to the path as normalised (dot segments resolved), since that is what the
 * Location header carries: `/..//evil.example` normalises to `//evil.example`.
 */
export function safeLocalPath(input: string | null | undefined): string | null {
  if (input == null) return null
  if (input.length === 0 || input.length > 1024) return null
  if (!input.startsWith('/') || input.startsWith('//') || input.startsWith('/\\')) return null
  // Control characters (CR/LF among them) and backslashes never belong in our URLs.
  if (/[\u0000-\u001f\u007f\\]/.test(input)) return null
  try {
    const url = new URL(input, 'http://site.invalid')
    if (url.origin !== 'http://site.invalid') return null
    const path = url.pathname + url.search
    return path.startsWith('//') || path.startsWith('/\\') ? null : path
  } catch {
    return null
  }
}
