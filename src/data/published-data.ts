/**
 * The machine-readable files the site publishes under `/data/`, with one line each for
 * `llms.txt`. Their fields are documented on /about/#data-and-re-use; a build check
 * (tests/build/published-data.test.ts) holds the files to that documentation.
 */
export interface PublishedDataFile {
	/** Root-relative path, without the base. */
	readonly path: `/data/${string}.json`;
	readonly description: string;
}

export const publishedData: readonly PublishedDataFile[] = [
	{
		path: '/data/comparison.json',
		description:
			'one record per comparison dimension: id, title, verdict, summary, review date and page URL.',
	},
	{
		path: '/data/claims.json',
		description:
			"the 2022 article's claims C1–C25: status today, what holds now, the pages that discuss each, sources and the date checked.",
	},
	{
		path: '/data/evidence.json',
		description:
			'every statement on a comparison page that a test proves, with the page section and the pytest test.',
	},
	{
		path: '/data/benchmarks.json',
		description: "the results of the site's own benchmark, as shown on the benchmark page.",
	},
];
