/**
 * Pagefind's ranking for the site search, passed to Starlight (`pagefind.ranking` in
 * astro.config.mjs) and used by the search-quality test (tests/build/search.test.ts), so both
 * rank results the same way. Starlight's defaults, except `termSaturation`: at Starlight's 2.0
 * a word repeated in code samples (a `limit` parameter 26 times on one page) outranked the page
 * about the topic ("rate limiting"); at 1.0 repeats count for less, and the test's queries find
 * their page first more often.
 */
export const searchRanking = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 1,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
} as const;
