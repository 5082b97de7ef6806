import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../scripts/lib/dist.ts';
import { examplePaths, getExampleSource } from '../examples';

const DOCS = 'src/content/docs';

/** Every `examples/…` path a page names through FrameworkCode or ExampleCode. */
function referencedExamples(): Map<string, string[]> {
	const refs = new Map<string, string[]>();
	for (const file of filesUnder(DOCS, (f) => f.endsWith('.mdx'))) {
		const text = readFileSync(file, 'utf8');
		for (const tag of text.matchAll(/<(?:FrameworkCode|ExampleCode)\b[^>]*>/g)) {
			for (const attr of tag[0].matchAll(/\b(?:flask|fastapi|file)="([^"]+)"/g)) {
				const path = attr[1] ?? '';
				refs.set(path, [...(refs.get(path) ?? []), relative('.', file)]);
			}
		}
	}
	return refs;
}

describe('examples used by pages', () => {
	const refs = referencedExamples();

	it('finds samples and references (the scan itself works)', () => {
		expect(examplePaths.length).toBeGreaterThan(0);
		expect(refs.size).toBeGreaterThan(0);
	});

	it('every sample under examples/ is shown by at least one page', () => {
		const unused = examplePaths.filter((path) => !refs.has(path));
		expect(
			unused,
			`samples no page shows (show them or delete them): ${unused.join(', ')}`,
		).toEqual([]);
	});

	it('every sample a page names exists', () => {
		const missing = [...refs]
			.filter(([path]) => !examplePaths.includes(path))
			.map(([path, pages]) => `${path} (in ${pages.join(', ')})`);
		expect(missing, `pages name missing samples: ${missing.join('; ')}`).toEqual([]);
	});

	it('a missing sample fails with the folder’s real samples listed', () => {
		const first = examplePaths[0] ?? '';
		const folder = first.split('/')[0];
		expect(() => getExampleSource(`${folder}/no_such_file.py`)).toThrow(
			new RegExp(`examples/${folder}/no_such_file.py.*${first.replace('.', '\\.')}`),
		);
	});

	it('pages never paste Flask or FastAPI code into a fenced block', () => {
		const offenders = filesUnder(DOCS, (f) => /\.mdx?$/.test(f)).filter((f) =>
			/```(?:py|python)\b[\s\S]*?(?:from (?:flask|fastapi) import|import (?:flask|fastapi))[\s\S]*?```/.test(
				readFileSync(f, 'utf8'),
			),
		);
		expect(offenders, 'show code from examples/ with FrameworkCode or ExampleCode instead').toEqual(
			[],
		);
	});
});
