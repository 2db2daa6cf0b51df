import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runInNewContext } from 'node:vm'
import { formatNetworkDate, toZonedDay } from '../dates'
import { networkDateScript } from './network-date-script'

/** Runs the inline script against a one-element document with the clock fixed at `now`. */
function runScript(now: string) {
  const element = {
    textContent: 'stale',
    attrs: {} as Record<string, string>,
    setAttribute(k: string, v: string) {
      this.attrs[k] = v
    },
  }
  const fixed = new Date(now).getTime()
  class FixedDate extends Date {
    constructor(...args: []) {
      super(...((args.length ? args : [fixed]) as []))
    }
  }
  runInNewContext(networkDateScript('d'), {
    document: { getElementById: (id: string) => (id === 'd' ? element : null) },
    Date: FixedDate,
    Intl,
  })
  return element
}

describe('networkDateScript', () => {
  it('writes the same text as formatNetworkDate, across midnight and DST', () => {
    for (const now of [
      '2026-03-01T05:30:00Z',
      '2026-03-01T06:00:00Z',
      '2019-09-19T04:59:00Z',
      '2021-04-04T08:00:00Z',
      '2026-11-25T12:00:00Z',
    ]) {
      const el = runScript(now)
      assert.equal(el.textContent, formatNetworkDate(new Date(now)), now)
      assert.equal(el.attrs.datetime, toZonedDay(new Date(now)), now)
    }
  })

  it('does nothing when the element is missing', () => {
    assert.doesNotThrow(() =>
      runInNewContext(networkDateScript('missing'), { document: { getElementById: () => null }, Date, Intl }),
    )
  })
})
