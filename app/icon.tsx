import { standaloneIcon } from '@/lib/brand/marks'

// The brand's icon (config/brands/{id}.icon.svg: its initial on its ink), linked from every page by
// Next's icon convention. Drawn at build time: the file is the same for every request.
export const contentType = 'image/svg+xml'
export const dynamic = 'force-static'

export default function Icon() {
  return new Response(standaloneIcon(), { headers: { 'Content-Type': contentType } })
}
