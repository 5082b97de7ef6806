import { getCollection, type CollectionEntry } from 'astro:content';
import { dimensions, type DimensionId } from '~/data/dimensions';
import type { Verdict } from '~/data/verdicts';
import { comparisonPageUrl, isComparisonPageId } from '~/lib/comparison';

/** A comparison page with the fields the content loader guarantees it has. */
export interface ComparisonPage {
	readonly entry: CollectionEntry<'docs'>;
	readonly dimension: DimensionId;
	readonly title: string;
	readonly verdict: Verdict;
	readonly summary: string;
	readonly reviewed: Date;
	/** Root-relative URL without the base, e.g. `/compare/performance/`. */
	readonly path: string;
}

/**
 * All comparison pages in the order of `src/data/dimensions.ts`. Throws when a dimension has no
 * page, so the matrix can never silently miss a row.
 */
export async function getComparisonPages(): Promise<ComparisonPage[]> {
	const entries = await getCollection('docs', (entry) => isComparisonPageId(entry.id));
	return dimensions.map((dimension) => {
		const entry = entries.find((e) => e.data.dimension === dimension.id);
		if (!entry)
			throw new Error(
				`Dimension "${dimension.id}" has no page at src/content/docs/compare/${dimension.id}.mdx`,
			);
		const { verdict, summary, reviewed } = entry.data;
		if (!verdict || !summary || !reviewed)
			throw new Error(`${entry.filePath}: comparison frontmatter missing`);
		return {
			entry,
			dimension: dimension.id,
			title: dimension.title,
			verdict,
			summary,
			reviewed,
			path: comparisonPageUrl(dimension.id),
		};
	});
}

/** The newest `reviewed` date across the comparison pages: the site's "last reviewed" date. */
export function latestReview(pages: readonly ComparisonPage[]): Date {
	return new Date(Math.max(...pages.map((p) => p.reviewed.getTime())));
}
