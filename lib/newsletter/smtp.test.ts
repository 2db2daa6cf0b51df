// Real SMTP: nodemailer against a local SMTP server (the smtp-server package, started here on
// loopback), the message read back as the server received it.
import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { SMTPServer } from 'smtp-server'
import { welcomeMail } from './mail-templates'
import { smtpMailer } from './mailer'

const received: { from: string; to: string[]; raw: string }[] = []
let server: SMTPServer
let port = 0

describe('mail through SMTP', () => {
  before(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        // A mailbox the server refuses, to see a failed send reported.
        if (address.address.startsWith('refused@')) return callback(new Error('550 no such mailbox'))
        callback()
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.server.address() as AddressInfo).port
  })
  after(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('delivers the message with its headers, from the configured sender', async () => {
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'The News <newsletter@thenews.mx>')
    const mail = welcomeMail(
      'reader@example.com',
      'https://www.thenews.mx/u?t=1',
      'https://www.thenews.mx/api/u?t=1',
      'The News',
    )
    await mailer.send(mail)
    const got = received.at(-1)!
    assert.equal(got.from, 'newsletter@thenews.mx')
    assert.deepEqual(got.to, ['reader@example.com'])
    const unfolded = got.raw.replace(/\r\n[ \t]+/g, ' ')
    assert.match(unfolded, /^Subject: Welcome to the newsletter of The News$/m)
    assert.match(unfolded, /^List-Unsubscribe: <https:\/\/www\.thenews\.mx\/api\/u\?t=1>$/m)
    assert.match(unfolded, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m)
    assert.ok(unfolded.includes('https://www.thenews.mx/u?t=1'), 'the unsubscribe link is in the body')
  })

  it('fails the send when the server refuses it, so the sign-up is rolled back', async () => {
    const mailer = smtpMailer(`smtp://127.0.0.1:${port}`, 'The News <newsletter@thenews.mx>')
    await assert.rejects(mailer.send({ to: 'refused@example.com', subject: 's', text: 't' }), /550|no such mailbox/)
  })

  it('fails, not hangs, when nothing listens', async () => {
    const mailer = smtpMailer('smtp://127.0.0.1:1', 'The News <newsletter@thenews.mx>')
    await assert.rejects(mailer.send({ to: 'a@example.com', subject: 's', text: 't' }), /ECONNREFUSED/)
  })
})
