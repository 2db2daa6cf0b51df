import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files'
import { SECTION_IDS } from './config/sections'
import { excerptFromMdx, readingMinutes, wordCount } from './lib/content/text'
import { parseContentDate } from './lib/dates'
import { remarkPlugins } from './lib/content/mdx-options'
import { slugFromPath } from './lib/content/validate'

// Frontmatter is checked by scripts/check-content.ts before this runs, with messages an editor can
// act on; contentlayer's own checks below are a second line ("fail", never silently skip).

const Image = defineNestedType(() => ({
  name: 'Image',
  fields: {
    src: { type: 'string', required: true },
    alt: { type: 'string', required: true },
    caption: { type: 'string', required: false },
    credit: { type: 'string', required: false },
  },
}))

// The instant as UTC ISO; null never reaches here because the checker rejects unparseable dates.
const instant = (value: string | undefined) => (value ? (parseContentDate(value)?.toISOString() ?? '') : '')

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    // Kept as text: without an offset it means Mexico City time, which lib/dates resolves.
    date: { type: 'string', required: true },
    updated: { type: 'string', required: false },
    section: { type: 'enum', options: [...SECTION_IDS], required: true },
    authors: { type: 'list', of: { type: 'string' }, default: [] },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    draft: { type: 'boolean', default: false },
    image: { type: 'nested', of: Image, required: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugFromPath(doc._raw.sourceFileName) },
    url: { type: 'string', resolve: (doc) => `/${doc.section}/${slugFromPath(doc._raw.sourceFileName)}` },
    publishedAt: { type: 'string', resolve: (doc) => instant(doc.date) },
    updatedAt: { type: 'string', resolve: (doc) => instant(doc.updated) },
    wordCount: { type: 'number', resolve: (doc) => wordCount(doc.body.raw) },
    readingMinutes: { type: 'number', resolve: (doc) => readingMinutes(wordCount(doc.body.raw)) },
    excerpt: { type: 'string', resolve: (doc) => excerptFromMdx(doc.body.raw) },
  },
}))

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true },
    role: { type: 'string', required: true },
    bio: { type: 'string', required: true },
    avatar: { type: 'string', required: false },
  },
  computedFields: {
    id: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.ya?ml$/, '') },
  },
}))

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Article, Author],
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  mdx: { remarkPlugins },
  disableImportAliasWarning: true,
})
