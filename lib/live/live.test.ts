import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { testDatabases } from '../../scripts/test-support/test-databases'
import { updatesFromMdx } from '../content/updates'
import { liveMarkdownToHtml } from './markdown'
import { groupByDay, livePage, mergeUpdates, toView, UPDATES_PER_PAGE } from './merge'
import { parseUpdateInput } from './request'
import { auditTrail, createUpdate, editUpdate, listUpdates, withdrawUpdate } from './store'
import type { LiveUpdate } from './types'

const u = (id: string, time: string, extra: Partial<LiveUpdate> = {}): LiveUpdate => ({
  id,
  time: new Date(time).toISOString(),
  body: `Update ${id}`,
  key: false,
  pinned: false,
  ...extra,
})

describe('merging a live article’s updates', () => {
  it('puts the file’s and the posted updates in one list, newest first', () => {
    const merged = mergeUpdates(
      [u('f1', '2026-11-29T10:00Z'), u('f2', '2026-11-29T08:00Z')],
      [u('7', '2026-11-29T09:00Z'), u('8', '2026-11-29T11:00Z')],
    )
    assert.deepEqual(
      merged.map((x) => x.id),
      ['8', 'f1', '7', 'f2'],
    )
  })

  it('shows the pinned update first, lists key events, and does not repeat the pinned one', () => {
    const page = livePage(
      mergeUpdates(
        [u('f1', '2026-11-29T08:00Z', { pinned: true }), u('f2', '2026-11-29T09:00Z', { key: true, title: 'Alert' })],
        [u('3', '2026-11-29T10:00Z'), u('4', '2026-11-29T11:00Z', { key: true })],
      ),
    )!
    assert.deepEqual(
      page.pinned.map((x) => x.id),
      ['f1'],
    )
    assert.deepEqual(
      page.updates.map((x) => x.id),
      ['4', '3', 'f2'],
    )
    assert.deepEqual(
      page.keyEvents.map((x) => [x.id, x.anchor]),
      [
        ['4', 'update-4'],
        ['f2', 'update-f2'],
      ],
    )
    assert.equal(page.latest, new Date('2026-11-29T11:00Z').toISOString())
    // Times are shown in Mexico City.
    assert.equal(page.updates[0]!.datetime, '2026-11-29T05:00:00-06:00')
  })

  it('moves updates past 50 to numbered pages; the pinned one stays on the first', () => {
    const many = Array.from({ length: UPDATES_PER_PAGE + 3 }, (_, i) =>
      u(String(i + 1), new Date(Date.UTC(2026, 10, 29, 0, i)).toISOString()),
    )
    const all = mergeUpdates([u('f1', '2026-11-28T00:00Z', { pinned: true })], many)
    const first = livePage(all, 1)!
    const second = livePage(all, 2)!
    assert.equal(first.totalPages, 2)
    assert.equal(first.updates.length, UPDATES_PER_PAGE)
    assert.equal(first.updates[0]!.id, String(UPDATES_PER_PAGE + 3))
    assert.deepEqual(
      second.updates.map((x) => x.id),
      ['3', '2', '1'],
    )
    assert.deepEqual(second.pinned, [])
    assert.equal(livePage(all, 3), null)
    assert.equal(livePage([], 1)!.updates.length, 0)
  })

  it('says which page each key event is on, so its link can go there', () => {
    // 120 updates, one a minute: pages of 50, 50 and 20. Key ones on each page, and a pinned one.
    const many = Array.from({ length: 2 * UPDATES_PER_PAGE + 20 }, (_, i) =>
      u(String(i + 1), new Date(Date.UTC(2026, 10, 29, 0, i)).toISOString(), { key: [5, 60, 119].includes(i + 1) }),
    )
    const all = mergeUpdates([u('f1', '2026-11-28T00:00Z', { pinned: true, key: true })], many)
    const pages = [1, 2, 3].map((n) => livePage(all, n)!)
    for (const p of pages) {
      assert.deepEqual(
        p.keyEvents.map((x) => [x.id, x.page]),
        [
          ['119', 1],
          ['60', 2],
          ['5', 3],
          ['f1', 1], // pinned: shown above the first page's list
        ],
      )
    }
    // Each key event is among the updates of the page it names (or pinned on the first).
    for (const { id, page } of pages[0]!.keyEvents) {
      const shown = [...pages[page - 1]!.pinned, ...pages[page - 1]!.updates].map((x) => x.id)
      assert.ok(shown.includes(id), `update ${id} is not on page ${page}`)
    }
  })
})

describe('a live page’s times and days (Mexico City)', () => {
  // 02:45 UTC on 30 November is 20:45 on Sunday 29 November in Mexico City (UTC-6); 06:05 UTC is
  // five past midnight on Monday 30 November.
  const updates = () =>
    livePage(
      mergeUpdates(
        [u('f1', '2026-11-29T18:00Z')],
        [u('7', '2026-11-30T02:45Z'), u('8', '2026-11-30T06:05Z'), u('9', '2026-11-30T15:30Z')],
      ),
    )!.updates

  it('shows each update’s time of day, not its date, and knows its local day', () => {
    assert.deepEqual(
      updates().map((x) => [x.id, x.timeLabel, x.day, x.dayLabel]),
      [
        ['9', '09:30', '2026-11-30', 'Monday 30 November'],
        ['8', '00:05', '2026-11-30', 'Monday 30 November'],
        ['7', '20:45', '2026-11-29', 'Sunday 29 November'],
        ['f1', '12:00', '2026-11-29', 'Sunday 29 November'],
      ],
    )
  })

  it('puts a page’s updates under one heading per day, newest day first', () => {
    assert.deepEqual(
      groupByDay(updates()).map((d) => [d.day, d.dayLabel, d.updates.map((x) => x.id)]),
      [
        ['2026-11-30', 'Monday 30 November', ['9', '8']],
        ['2026-11-29', 'Sunday 29 November', ['7', 'f1']],
      ],
    )
    assert.deepEqual(groupByDay([]), [])
  })

  it('shows a stored text it cannot render as the brand’s sentence, and the page stays up', () => {
    const view = toView(u('5', '2026-11-30T02:45Z', { body: `${'>'.repeat(5000)} x` }))
    assert.equal(view.html, '<p>This update cannot be shown.</p>')
    assert.equal(view.timeLabel, '20:45')
  })
})

describe('the Markdown of a posted update', () => {
  it('keeps Markdown and drops raw HTML, scripts, images and unsafe links', () => {
    const html = liveMarkdownToHtml(
      '**Bold** and [a link](https://example.org) and [bad](javascript:alert(1)) <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n![p](https://example.org/p.jpg)',
    )
    assert.match(html, /<strong>Bold<\/strong>/)
    assert.match(html, /<a href="https:\/\/example.org" rel="noopener nofollow">a link<\/a>/)
    assert.doesNotMatch(html, /<script|onerror|<img|javascript:/i)
    assert.match(html, /<a>bad<\/a>/)
  })
})

describe('the live API’s request body', () => {
  const now = Date.parse('2026-11-29T20:00:00Z')
  const parse = (input: unknown, partial = false) => parseUpdateInput(input, { partial, now })

  it('accepts a full update, with Mexico City time when no offset is given', () => {
    const r = parse({ time: '2026-11-29T09:15', title: ' T ', body: ' B ', key: true, pinned: false })
    assert.ok('update' in r)
    assert.deepEqual(r.update, {
      time: new Date('2026-11-29T15:15:00Z'),
      title: 'T',
      body: 'B',
      key: true,
      pinned: false,
    })
  })

  it('names the field of each problem', () => {
    const field = (input: unknown, partial = false) => {
      const r = parse(input, partial)
      return 'error' in r ? r.field : 'ok'
    }
    assert.equal(field({}), 'body')
    assert.equal(field({ body: '  ' }), 'body')
    assert.equal(field({ body: 'x', html: '<b>' }), 'html')
    assert.equal(field({ body: 'x', time: 'yesterday' }), 'time')
    assert.equal(field({ body: 'x', time: '2026-12-30T09:00' }), 'time')
    assert.equal(field({ body: 'x', key: 'yes' }), 'key')
    assert.equal(field({ body: 'x', title: 3 }), 'title')
    assert.equal(field({ body: 'x'.repeat(20_001) }), 'body')
    assert.equal(field({ pinned: true }, true), 'ok')
    assert.ok('error' in parse({}, true))
    assert.ok('error' in parse([]))
  })
})

describe('the <Update> blocks of a live article’s file', () => {
  it('reads time, title, key, pinned and the Markdown inside, in file order', () => {
    const body = [
      'Opening text.',
      '',
      '<Update time="2026-11-29T09:15" title="Ports closed" key pinned>',
      'Boats stay in **harbour**.',
      '</Update>',
      '',
      '<Update time="2026-11-29T08:00">',
      'Rain starts.',
      '</Update>',
    ].join('\n')
    assert.deepEqual(updatesFromMdx(body), [
      {
        id: 'f1',
        time: '2026-11-29T15:15:00.000Z',
        title: 'Ports closed',
        body: 'Boats stay in **harbour**.',
        key: true,
        pinned: true,
      },
      { id: 'f2', time: '2026-11-29T14:00:00.000Z', body: 'Rain starts.', key: false, pinned: false },
    ])
  })
})

for (const kind of testDatabases()) {
  describe(`posted updates are stored with their audit trail (${kind.kind})`, () => {
    const opened = kind.open()
    after(async () => (await opened).dispose())
    const url = '/mexico/storm-live'

    it('creates, edits and withdraws, keeping every change', async () => {
      const db = await opened
      const created = await createUpdate(
        db,
        url,
        { body: 'First', title: 'T', key: true },
        new Date('2026-11-29T10:00Z'),
      )
      await createUpdate(db, '/mexico/other-live', { body: 'Elsewhere' })
      assert.deepEqual(
        (await listUpdates(db, url)).map((x) => x.body),
        ['First'],
      )
      const edited = await editUpdate(db, url, created.id, { body: 'First, corrected', title: null })
      assert.equal(edited?.body, 'First, corrected')
      assert.equal(edited?.title, undefined)
      assert.equal(edited?.key, true)
      // Another article's update cannot be reached through this one's address.
      assert.equal(await editUpdate(db, '/mexico/other-live', created.id, { body: 'x' }), null)
      assert.equal(await withdrawUpdate(db, url, created.id), true)
      assert.equal(await withdrawUpdate(db, url, created.id), false)
      assert.deepEqual(await listUpdates(db, url), [])
      const trail = await auditTrail(db, created.id)
      assert.deepEqual(
        trail.map((t) => t.action),
        ['create', 'edit', 'withdraw'],
      )
      assert.equal((trail[1]!.before as { body: string }).body, 'First')
      assert.equal((trail[1]!.after as { body: string }).body, 'First, corrected')
      assert.equal(await editUpdate(db, url, 'not-a-number', { body: 'x' }), null)
    })
  })
}

// Found by an attacker's review of a running build (2026-11-30); each failed before its fix.
describe('hostile live updates', () => {
  const now = Date.parse('2026-11-29T20:00:00Z')
  const fieldOf = (input: unknown) => {
    const r = parseUpdateInput(input, { now })
    return 'error' in r ? `${r.field}: ${r.error}` : 'ok'
  }

  it('refuses Markdown nested deeper than a news update needs (it overflowed the renderer)', () => {
    assert.match(fieldOf({ body: `${'>'.repeat(5000)} x` }), /^body: .*nests quotes or lists/)
    assert.match(
      fieldOf({ body: Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n') }),
      /^body:/,
    )
    assert.equal(fieldOf({ body: '> A quote\n>\n> > with a reply\n\n- a\n  - b' }), 'ok')
  })

  it('refuses control characters, which the database refuses with a 500', () => {
    assert.match(fieldOf({ body: 'a\u0000b' }), /^body: .*control characters/)
    assert.match(fieldOf({ body: 'x', title: 'a\u0000b' }), /^title: .*control characters/)
    assert.equal(fieldOf({ body: 'line one\nline two\ttabbed' }), 'ok')
  })

  it('shows a stored update that cannot be rendered as a note, never a failed page', () => {
    const page = livePage([u('9', '2026-11-29T10:00Z', { body: `${'>'.repeat(5000)} x` })])!
    assert.equal(page.updates[0]!.html, '<p>This update cannot be shown.</p>')
  })

  it('gives each update its own footnote ids', () => {
    const page = livePage([
      u('1', '2026-11-29T10:00Z', { body: 'A[^1]\n\n[^1]: note' }),
      u('2', '2026-11-29T11:00Z', { body: 'B[^1]\n\n[^1]: note' }),
    ])!
    const ids = page.updates.flatMap((x) => [...x.html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]))
    assert.equal(new Set(ids).size, ids.length)
  })

  it('decodes numeric entities in the plain text (JSON-LD showed &#x26;)', () => {
    const page = livePage([u('1', '2026-11-29T10:00Z', { body: 'AT&T said &lt;no&gt;' })])!
    assert.equal(page.updates[0]!.text, 'AT&T said <no>')
  })

  it('refuses years before 1000 (they were stored as 1900–1999)', () => {
    assert.match(fieldOf({ body: 'x', time: '0001-01-01T00:00Z' }), /^time:/)
  })
})
