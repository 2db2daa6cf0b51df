import { methodNotAllowed } from '@/lib/http/responses'
import { newsletter } from '@/lib/newsletter/app-newsletter'

// Sign-up: the footer and article forms post here (form-encoded without JavaScript, JSON with it).
export const POST = newsletter.subscribe

const notAllowed = () => methodNotAllowed(['POST'])
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
