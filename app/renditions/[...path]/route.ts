import { getDatabase } from '@/lib/db/database'
import { methodNotAllowed } from '@/lib/http/responses'
import { serveStoredImage } from '@/lib/publish/serve-image'

// /renditions/… paths that public/ lacks: crops of lead images published with articles (lib/publish/serve-image.ts).
export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return serveStoredImage(request, '/renditions', (await params).path, getDatabase)
}

const notAllowed = () => methodNotAllowed(['GET', 'HEAD'])
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
