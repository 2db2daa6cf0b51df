import {
  contentDirExcludeDefault,
  defineDocumentType,
  defineNestedType,
  makeSource,
  type FieldDefs,
} from 'contentlayer2/source-files'
import { remarkPlugins } from './lib/content/mdx-options'
import { BRANDS_CONTENT_DIR, contentRoot } from './lib/content/paths'
import {
  ARTICLE_COMPUTED,
  ARTICLE_FIELDS,
  AUTHOR_FIELDS,
  contentlayerFields,
  idFromFileName,
  PAGE_FIELDS,
  type ArticleDocument,
} from './lib/content/schema'
import { parseContentDate } from './lib/dates'

// Every field comes from the one schema (lib/content/schema.ts). Frontmatter is checked by
// scripts/check-content.ts before this runs, with messages an editor can act on; contentlayer's own
// checks are a second line ("fail", never silently skip).

const fields = (map: Parameters<typeof contentlayerFields>[0]) =>
  contentlayerFields(map, defineNestedType as Parameters<typeof contentlayerFields>[1]) as FieldDefs

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.mdx',
  contentType: 'mdx',
  fields: fields(ARTICLE_FIELDS),
  computedFields: Object.fromEntries(
    Object.entries(ARTICLE_COMPUTED).map(([name, { type, resolve }]) => [
      name,
      { type, resolve: (doc: unknown) => resolve(doc as ArticleDocument) },
    ]),
  ) as never,
}))

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.yaml',
  contentType: 'data',
  fields: fields(AUTHOR_FIELDS),
  computedFields: {
    id: { type: 'string', resolve: (doc) => idFromFileName(doc._raw.sourceFileName) },
  },
}))

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/*.mdx',
  contentType: 'mdx',
  fields: fields(PAGE_FIELDS),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => idFromFileName(doc._raw.sourceFileName) },
    url: { type: 'string', resolve: (doc) => `/about/${idFromFileName(doc._raw.sourceFileName)}` },
    updatedAt: {
      type: 'string',
      resolve: (doc) => (doc.updated ? (parseContentDate(String(doc.updated))?.toISOString() ?? '') : ''),
    },
  },
}))

// The built brand's folder (lib/content/paths.ts). The News's is content/ itself, which holds the
// sister brands' folders (content/brands/): not its documents, and with `onUnknownDocuments: 'fail'`
// they would stop its build. A list given here replaces contentlayer's defaults, so they are kept.
const root = contentRoot()
const sisterBrands = BRANDS_CONTENT_DIR.startsWith(`${root}/`) ? [BRANDS_CONTENT_DIR.slice(root.length + 1)] : []

export default makeSource({
  contentDirPath: root,
  contentDirExclude: [...contentDirExcludeDefault, ...sisterBrands],
  documentTypes: [Article, Author, Page],
  // Editors write `type:` for the kind of article (news, analysis…): contentlayer must not read it
  // as the document type, which it tells from the folder (filePathPattern) instead.
  fieldOptions: { typeFieldName: 'documentType' },
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  mdx: { remarkPlugins },
  disableImportAliasWarning: true,
})
