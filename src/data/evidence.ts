/**
 * Evidence: which test proves which statement on which page. Each comparison page keeps its own
 * list in `evidence/<dimension>.ts`; the page shows a small link to the test beside the statement
 * (`<Evidence id="…" />`), and the build publishes every entry at `/data/evidence.json`.
 *
 * A statement is only as good as its test, so this module fails the build when an entry names a
 * test file or test function that does not exist (`src/data/__tests__/evidence.test.ts` goes
 * further and asks pytest itself).
 */
import { z } from 'astro/zod';
import { comparisonPageUrl } from '../lib/comparison';
import { dimensionIds, type DimensionId } from './dimensions';

/** One statement and the pytest test that proves it. */
export const evidenceEntrySchema = z.strictObject({
	/** Stable id used by `<Evidence id>` on the page; also the link's fragment target. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
	/** The heading id (anchor) of the section holding the statement. */
	anchor: z.string().regex(/^[a-z0-9-]+$/),
	/** The statement in a few words, as a reader would quote it. */
	statement: z.string().min(10).max(200),
	/** A pytest node id relative to the repository: `examples/<dir>/test_x.py::test_name`. */
	test: z
		.string()
		.regex(/^examples\/[a-z0-9_/]+\/test_[a-z0-9_]+\.py::test_[A-Za-z0-9_]+(\[[^\]]+\])?$/),
	/** True when the test talks to a real server process over a loopback socket. */
	server: z.boolean(),
});

export type EvidenceEntry = z.infer<typeof evidenceEntrySchema>;

/** An entry with the page it belongs to, as published in `/data/evidence.json`. */
export interface PublishedEvidence extends EvidenceEntry {
	readonly page: `/compare/${DimensionId}/`;
}

const modules = import.meta.glob<{ default: readonly EvidenceEntry[] }>('./evidence/*.ts', {
	eager: true,
});
const testSources = import.meta.glob<string>('/examples/**/test_*.py', {
	query: '?raw',
	import: 'default',
	eager: true,
});

/** Where a test function is defined: its file's repository path and 1-based line. */
export function locateTest(test: string): { file: string; line: number } {
	const [file = '', name = ''] = test.split('::');
	const source = testSources[`/${file}`];
	if (source === undefined) throw new Error(`Evidence names ${file}, which does not exist.`);
	const functionName = name.replace(/\[.*$/, '');
	const index = source
		.split('\n')
		.findIndex((line) => new RegExp(`^(async )?def ${functionName}\\(`).test(line));
	if (index < 0)
		throw new Error(`Evidence names ${test}, but ${file} defines no ${functionName}().`);
	return { file, line: index + 1 };
}

function load(): PublishedEvidence[] {
	const all: PublishedEvidence[] = [];
	for (const [path, module] of Object.entries(modules)) {
		const dimension = path.replace(/^\.\/evidence\/|\.ts$/g, '');
		if (!(dimensionIds as readonly string[]).includes(dimension)) {
			throw new Error(
				`src/data/evidence/${dimension}.ts does not match a dimension id (${dimensionIds.join(', ')}).`,
			);
		}
		for (const [index, raw] of module.default.entries()) {
			const parsed = evidenceEntrySchema.safeParse(raw);
			if (!parsed.success) {
				const issues = parsed.error.issues
					.map((issue) => `"${issue.path.join('.')}": ${issue.message}`)
					.join('; ');
				throw new Error(`src/data/evidence/${dimension}.ts, entry ${index + 1}: ${issues}`);
			}
			locateTest(parsed.data.test);
			all.push({
				...parsed.data,
				page: comparisonPageUrl(dimension) as `/compare/${DimensionId}/`,
			});
		}
	}
	const seen = new Set<string>();
	for (const entry of all) {
		if (seen.has(entry.id))
			throw new Error(`Evidence id "${entry.id}" is used twice; ids must be unique site-wide.`);
		seen.add(entry.id);
	}
	return all;
}

/** Every evidence entry, checked: valid fields, unique ids, tests that exist. */
export const evidence: readonly PublishedEvidence[] = load();

/** Looks up an entry by id; throws so a typo on a page fails the build. */
export function getEvidence(id: string): PublishedEvidence {
	const found = evidence.find((entry) => entry.id === id);
	if (!found) throw new Error(`No evidence entry "${id}" in src/data/evidence/*.ts.`);
	return found;
}
