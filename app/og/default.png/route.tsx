import { site } from '@/config/site'
import { shareCard } from '@/lib/share-card/share-card'

export const dynamic = 'force-static'

export function GET() {
  return shareCard({ headline: site.description })
}
