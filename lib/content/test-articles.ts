import { contentDirs } from './paths'

/**
 * Where the test suite writes the articles it dates from its own clock (scripts/make-test-articles.ts).
 * The content check refuses them unless THENEWS_TEST_ARTICLES=1 (set by scripts/test.sh), so a
 * folder left behind by an interrupted test run fails a production build instead of publishing.
 */
export const TEST_ARTICLES_DIR = `${contentDirs().articles}/_test`
export const TEST_ARTICLES_ALLOWED = () => process.env.THENEWS_TEST_ARTICLES === '1'
