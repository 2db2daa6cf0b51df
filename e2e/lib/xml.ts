import { expect, type Page } from '@playwright/test'

/**
 * Parses XML with the browser's own DOMParser (a real XML parser: any well-formedness error
 * yields <parsererror>) and returns the text of every element matching each selector.
 */
export async function parseXml(page: Page, xml: string, selectors: Record<string, string>) {
  await page.goto('about:blank')
  const result = await page.evaluate(
    ({ xml, selectors }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml')
      const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null
      const out: Record<string, string[]> = {}
      for (const [key, tag] of Object.entries(selectors))
        out[key] = Array.from(doc.getElementsByTagName(tag)).map((e) => e.textContent ?? '')
      return { error, root: doc.documentElement.nodeName, out }
    },
    { xml, selectors },
  )
  expect(result.error).toBeNull()
  return result
}
