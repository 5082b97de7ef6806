/**
 * Whether a docs entry id (`compare/performance`) is a comparison page. The matrix at
 * `compare/index.mdx` has the id `compare` and is not one.
 */
export function isComparisonPageId(id: string): boolean {
	return /^compare\/[a-z0-9-]+$/.test(id);
}
