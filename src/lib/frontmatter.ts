/**
 * Turns schema issues for one content file into an error message that names the file and every
 * failing field, so a contributor knows exactly what to fix without reading a stack trace.
 */
export interface SchemaIssue {
	readonly path: readonly PropertyKey[];
	readonly message: string;
}

/** Formats a field path such as `sources[1].url`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out === '' ? String(part) : `.${String(part)}`;
	}
	return out === '' ? '(frontmatter)' : out;
}

/**
 * Builds the message the build prints when a comparison page's frontmatter is invalid.
 * @param filePath the page's path relative to the project root
 * @param issues the schema issues for that page
 */
export function formatFrontmatterErrors(filePath: string, issues: readonly SchemaIssue[]): string {
	const lines = issues.map((issue) => `  - "${formatFieldPath(issue.path)}": ${issue.message}`);
	return `Invalid frontmatter in ${filePath}:\n${lines.join('\n')}\nComparison pages must declare dimension, verdict, summary, reviewed, claims and sources (see README, "Adding a comparison page").`;
}
