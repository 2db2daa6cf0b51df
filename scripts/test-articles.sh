# Sourced by scripts/test.sh and scripts/test-resilience.sh: the articles no sample story can give
# on every date (one from the last two days, one scheduled ahead; scripts/make-test-articles.ts),
# written now from this clock, allowed into this run's builds only (THENEWS_TEST_ARTICLES=1: any
# other build refuses them), and deleted when the run ends.
export THENEWS_TEST_ARTICLES=1
trap 'npx tsx scripts/make-test-articles.ts --remove >/dev/null 2>&1 || true' EXIT
# The brand first (BRAND, default the-news): the articles go to its folder, in its sections.
node scripts/select-brand.mjs
npx tsx scripts/make-test-articles.ts
