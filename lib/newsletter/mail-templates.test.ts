import assert from 'node:assert/strict'
import { test } from 'node:test'
import { alreadySubscribedMail, confirmationMail, welcomeMail } from './mail-templates'
import { NEWSLETTER_ERRORS, NEWSLETTER_STATUS } from './messages'

// The words come from the built brand's config; whatever the language, every slot must be filled
// and the link must stand alone on its line (mail clients and the e2e tests find it there).
const to = 'lectora@example.com'
const mails = [
  confirmationMail(to, 'https://example.com/newsletter/confirm?token=c1', 'Site Name'),
  welcomeMail(to, 'https://example.com/newsletter/unsubscribe?token=u1', 'https://example.com/api/u', 'Site Name'),
  alreadySubscribedMail(to, 'https://example.com/newsletter/unsubscribe?token=u2', 'Site Name'),
]

test('each mail names the site and the address, and carries its link alone on a line', () => {
  for (const [mail, link] of [
    [mails[0]!, 'https://example.com/newsletter/confirm?token=c1'],
    [mails[1]!, 'https://example.com/newsletter/unsubscribe?token=u1'],
    [mails[2]!, 'https://example.com/newsletter/unsubscribe?token=u2'],
  ] as const) {
    assert.equal(mail.to, to)
    assert.match(mail.subject, /Site Name/)
    assert.match(mail.text, /Site Name/)
    assert.ok(mail.text.includes(to), mail.text)
    assert.ok(mail.text.split('\n').includes(link), mail.text)
  }
})

test('no mail or reader message is left with an unfilled {slot}', () => {
  const texts = [
    ...mails.flatMap((m) => [m.subject, m.text]),
    ...Object.values(NEWSLETTER_STATUS),
    ...Object.values(NEWSLETTER_ERRORS),
  ]
  assert.ok(texts.length > 10)
  for (const text of texts) assert.doesNotMatch(text, /\{[a-z][a-zA-Z0-9]*\}/, text)
})
