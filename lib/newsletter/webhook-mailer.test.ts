import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { mailerFromEnv, webhookMailer } from './mailer'

// MAIL_WEBHOOK_URL: each message POSTed as JSON to a real HTTP server on this machine.

type Received = { method: string; url: string; headers: IncomingMessage['headers']; body: string }
const received: Received[] = []
/** What the server answers next, by path. */
const answer: Record<string, (res: ServerResponse) => void> = {
  '/ok': (res) => res.writeHead(202).end(),
  '/down': (res) => res.writeHead(503).end('provider down'),
  '/refused': (res) => res.writeHead(401).end('bad token'),
}
const server = createServer((req, res) => {
  let body = ''
  req.setEncoding('utf8')
  req.on('data', (c: string) => (body += c))
  req.on('end', () => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
    ;(answer[req.url ?? ''] ?? ((r: ServerResponse) => r.writeHead(404).end()))(res)
  })
})
let base = ''
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => new Promise<void>((resolve) => server.close(() => resolve())))

const message = {
  to: 'reader@example.com',
  subject: 'Confirm your subscription',
  text: 'Open this link: https://thenews.mx/newsletter/confirm?t=abc',
  headers: { 'List-Unsubscribe': '<https://thenews.mx/u?t=xyz>' },
}

describe('the webhook mailer', () => {
  it('POSTs the message as JSON with the token as a bearer token', async () => {
    received.length = 0
    await webhookMailer(`${base}/ok`, 's3cret').send(message)
    assert.equal(received.length, 1)
    const [r] = received
    assert.equal(r!.method, 'POST')
    assert.equal(r!.url, '/ok')
    assert.equal(r!.headers['content-type'], 'application/json')
    assert.equal(r!.headers.authorization, 'Bearer s3cret')
    assert.deepEqual(JSON.parse(r!.body), message)
  })

  it('sends no authorization header without a token', async () => {
    received.length = 0
    await webhookMailer(`${base}/ok`).send(message)
    assert.equal(received.length, 1)
    assert.equal(received[0]!.headers.authorization, undefined)
  })

  it('fails the send when the webhook answers an error, so the sign-up is rolled back', async () => {
    await assert.rejects(webhookMailer(`${base}/down`, 't').send(message), /mail webhook answered 503/)
    await assert.rejects(webhookMailer(`${base}/refused`, 't').send(message), /mail webhook answered 401/)
  })

  it('fails the send when nothing listens', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    await assert.rejects(webhookMailer(`http://127.0.0.1:${port}/`, 't').send(message))
  })

  it('is the mailer when MAIL_WEBHOOK_URL is set (and SMTP_URL is not)', async () => {
    received.length = 0
    const env = { ...process.env, SMTP_URL: '', MAIL_WEBHOOK_URL: `${base}/ok`, MAIL_WEBHOOK_TOKEN: 'from-env' }
    await mailerFromEnv(env).send(message)
    assert.equal(received.length, 1)
    assert.equal(received[0]!.headers.authorization, 'Bearer from-env')
    assert.deepEqual(JSON.parse(received[0]!.body), message)
  })
})
