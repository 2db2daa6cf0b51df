/**
 * `<Update time="…" title="…" key pinned>…</Update>` in a live article: read at the content step
 * (lib/content/updates.ts) and shown, merged with the updates posted while the story runs, by
 * components/LiveBlog.tsx. In the body itself it renders nothing.
 */
export function Update(): null {
  return null
}
