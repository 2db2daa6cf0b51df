import { expect, type APIRequestContext } from '@playwright/test'
import { publicArticles } from './content'
import { E2E_SECRETS } from './server-env'

// The sample's live articles and the live API as the e2e specs use them (e2e/live.spec.ts, e2e/live-api.spec.ts).
// Other tests may post to the same article at the same time: each looks for its own unique text.

export const running = publicArticles.find((a) => a.type === 'live' && a.live)!
export const ended = publicArticles.find((a) => a.type === 'live' && !a.live)!
export const api = (a: { url: string }) => `/api/live${a.url}`
export const auth = { authorization: `Bearer ${E2E_SECRETS.live}`, 'content-type': 'application/json' }
export const unique = (what: string) => `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

export async function post(request: APIRequestContext, data: Record<string, unknown>) {
  const res = await request.post(api(running), { headers: auth, data })
  expect(res.status(), await res.text()).toBe(201)
  return (await res.json()) as { id: string; url: string }
}
