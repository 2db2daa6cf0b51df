import assert from 'node:assert/strict'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { outboxMailer } from './mailer'

const scratch = mkdtempSync(join(tmpdir(), 'thenews-outbox-'))
after(() => rmSync(scratch, { recursive: true, force: true }))
const quiet = () => {}
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean)

describe('the mail outbox', () => {
  it('writes one whole JSON line per message, in order, however many are sent at once', async () => {
    const path = join(scratch, 'a', 'outbox.jsonl')
    const mailer = outboxMailer(path, quiet)
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => mailer.send({ to: `r${i}@example.com`, subject: 's', text: 't' })),
    )
    assert.deepEqual(
      lines(path).map((l) => JSON.parse(l).to),
      Array.from({ length: 50 }, (_, i) => `r${i}@example.com`),
    )
  })

  it('cuts a partial line left by a failed write (a full disk) before the next message', async () => {
    const path = join(scratch, 'outbox.jsonl')
    writeFileSync(path, JSON.stringify({ to: 'first@example.com' }) + '\n')
    appendFileSync(path, '{"to":"half-writ') // what ENOSPC left behind
    await outboxMailer(path, quiet).send({ to: 'next@example.com', subject: 's', text: 't' })
    assert.deepEqual(
      lines(path).map((l) => JSON.parse(l).to),
      ['first@example.com', 'next@example.com'],
    )
  })

  it('cuts a file that is one partial line', async () => {
    const path = join(scratch, 'only-partial.jsonl')
    writeFileSync(path, '{"to":"x')
    await outboxMailer(path, quiet).send({ to: 'ok@example.com', subject: 's', text: 't' })
    assert.deepEqual(
      lines(path).map((l) => JSON.parse(l).to),
      ['ok@example.com'],
    )
  })
})
