import { methodNotAllowed } from '@/lib/http/responses'
import { newsletter } from '@/lib/newsletter/app-newsletter'

// The button on /newsletter/confirm posts here. Confirming takes a POST, never the GET of the link
// itself, so mail scanners that open links cannot subscribe anyone.
export const POST = newsletter.confirm

const notAllowed = () => methodNotAllowed(['POST'])
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
