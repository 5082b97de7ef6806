import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from '../../scripts/lib/dist.ts';

// The published evidence map must match what readers see: each statement's section exists on its
// page and holds the link to its test.

interface PublishedEntry {
	page: string;
	anchor: string;
	statement: string;
	test: string;
	server: boolean;
}

const file = join(DIST, 'data', 'evidence.json');

test('dist/data/evidence.json lists statements whose section and link are on the page', () => {
	expect(existsSync(file), 'the build publishes /data/evidence.json').toBe(true);
	const entries = JSON.parse(readFileSync(file, 'utf8')) as PublishedEntry[];
	expect(entries.length).toBeGreaterThan(0);
	const problems: string[] = [];
	for (const entry of entries) {
		const html = readFileSync(join(DIST, entry.page, 'index.html'), 'utf8');
		const section = new RegExp(`<h[2-6][^>]* id="${entry.anchor}"`).exec(html);
		if (!section) {
			problems.push(`${entry.page}#${entry.anchor}: no such heading (${entry.test})`);
			continue;
		}
		// The link must sit in that section: after its heading and before the next heading of the same level or higher.
		const level = Number(section[0][2]);
		const rest = html.slice(section.index + section[0].length);
		const next = new RegExp(`<h[2-${level}][^>]* id="`).exec(rest);
		const body = next ? rest.slice(0, next.index) : rest;
		if (!body.includes(`title="${entry.test}"`))
			problems.push(`${entry.page}#${entry.anchor}: no link to ${entry.test} in that section`);
	}
	expect(problems).toEqual([]);
});
