import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MemoryRateLimiter } from './memory-rate-limit'

test('a client gets `limit` hits per window, then waits for the next window', () => {
  const limiter = new MemoryRateLimiter({ limit: 3, windowSeconds: 10 })
  const t0 = 1_000_000_000_000 // a window boundary (divisible by 10 s)
  const answers = [0, 1, 2, 3].map((i) => limiter.hit('a', t0 + i * 1000))
  assert.deepEqual(
    answers.map((a) => a.allowed),
    [true, true, true, false],
  )
  assert.equal(answers[3]!.retryAfterSeconds, 7)
  assert.equal(limiter.hit('b', t0 + 4000).allowed, true, 'another client has its own count')
  assert.equal(limiter.hit('a', t0 + 10_000).allowed, true, 'a new window starts afresh')
})

test('past maxClients, new clients share one bucket: memory is bounded and a rotating flood is still limited', () => {
  const limiter = new MemoryRateLimiter({ limit: 2, windowSeconds: 60 }, 3)
  const now = 1_000_000_020_000
  for (const c of ['a', 'b', 'c']) assert.equal(limiter.hit(c, now).allowed, true)
  const rotating = ['d', 'e', 'f', 'g'].map((c) => limiter.hit(c, now).allowed)
  assert.deepEqual(rotating, [true, true, false, false])
  assert.equal(limiter.hit('a', now).allowed, true, 'clients already tracked keep their own count')
})
