/**
 * Whether a docs entry id (`compare/performance`) is a comparison page. The matrix at
 * `compare/index.mdx` has the id `compare` and is not one.
 */
export function isComparisonPageId(id: string): boolean {
	return /^compare\/[a-z0-9-]+$/.test(id);
}

/**
 * The root-relative URL of a comparison page (`/compare/performance/`), or of a section of it
 * (`/compare/performance/#in-short`). Pass it through `withBase` before rendering.
 */
export function comparisonPageUrl(
	dimension: string,
	anchor?: string,
): `/compare/${string}/` | `/compare/${string}/#${string}` {
	return anchor ? `/compare/${dimension}/#${anchor}` : `/compare/${dimension}/`;
}
