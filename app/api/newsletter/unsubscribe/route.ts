import { methodNotAllowed } from '@/lib/http/responses'
import { newsletter } from '@/lib/newsletter/app-newsletter'

// The button on /newsletter/unsubscribe posts here, and so do mail clients' one-click
// unsubscribe (RFC 8058: POST with the token in the query string).
export const POST = newsletter.unsubscribe

const notAllowed = () => methodNotAllowed(['POST'])
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
