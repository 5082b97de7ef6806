import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { BASE, DIST, htmlFiles, pageUrl, sitemapPaths } from '../../scripts/lib/dist.ts';
import { claims } from '../../src/data/claims.ts';
import { dimensions } from '../../src/data/dimensions.ts';
import { publishedData } from '../../src/data/published-data.ts';
import { localSiteUrl } from '../../src/data/site.ts';
import { verdicts } from '../../src/data/verdicts.ts';
import { normaliseSiteUrl } from '../../src/lib/urls.ts';

// The files the site publishes for re-use must exist and hold exactly the fields that
// /about/#data-and-re-use documents, with the documented types: the About page's field tables
// are read from the build and compared with the JSON, so neither can change without the other.

const siteRoot = `${normaliseSiteUrl(process.env['SITE_URL']) ?? localSiteUrl}${BASE}`;

function textOf(node: Nodes): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map(textOf).join('') : '';
}

function elements(node: Nodes): Element[] {
	const own = node.type === 'element' ? [node] : [];
	return 'children' in node ? [...own, ...node.children.flatMap(elements)] : own;
}

/** The field tables under "Data and re-use" on the built About page: file name → field → type. */
function documentedFields(): Map<string, Map<string, string>> {
	const about = elements(fromHtml(readFileSync(join(DIST, 'about', 'index.html'), 'utf8')));
	const start = about.findIndex(
		(el) => el.tagName === 'h2' && el.properties['id'] === 'data-and-re-use',
	);
	if (start < 0)
		throw new Error('The About page has no "Data and re-use" section (#data-and-re-use).');
	const end = about.findIndex((el, i) => i > start && el.tagName === 'h2');
	const section = about.slice(start, end < 0 ? undefined : end);
	const tables = new Map<string, Map<string, string>>();
	let file = '';
	for (const el of section) {
		if (el.tagName === 'h3') {
			file = textOf(el).trim();
			// A file documented by prose (the benchmark results, defined by a JSON Schema) has no table.
			if (file.endsWith('.json')) tables.set(file, new Map());
		}
		if (el.tagName === 'table' && file.endsWith('.json')) {
			const rows = elements(el).filter((row) => row.tagName === 'tr');
			const cells = rows.map((row) =>
				elements(row)
					.filter((cell) => cell.tagName === 'td')
					.map((cell) => textOf(cell).trim()),
			);
			tables.set(
				file,
				new Map(
					cells.filter((row) => row.length >= 2).map(([field = '', type = '']) => [field, type]),
				),
			);
		}
	}
	return tables;
}

/** `{ a: 1, b: [{ c: 'x' }] }` → a: number, b: array, b[].c: string. */
function fieldsOf(record: Record<string, unknown>, prefix = ''): Map<string, string> {
	const fields = new Map<string, string>();
	for (const [key, value] of Object.entries(record)) {
		const name = `${prefix}${key}`;
		fields.set(name, Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);
		if (Array.isArray(value)) {
			for (const item of value)
				if (item && typeof item === 'object')
					for (const entry of fieldsOf(item as Record<string, unknown>, `${name}[].`))
						fields.set(...entry);
		}
	}
	return fields;
}

function readJson(name: string): Record<string, unknown>[] {
	const file = join(DIST, 'data', name);
	expect(existsSync(file), `${file} is missing from the build`).toBe(true);
	const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
	expect(Array.isArray(data), `${name} is an array of records`).toBe(true);
	return data as Record<string, unknown>[];
}

const documented = documentedFields();

test('the About page documents every JSON file the site publishes', () => {
	const published = publishedData
		.map((file) => file.path.replace('/data/', ''))
		.filter((name) => existsSync(join(DIST, 'data', name)));
	expect(published.length).toBeGreaterThanOrEqual(3);
	expect([...documented.keys()].sort()).toEqual(published.sort());
});

describe.each([...documented].filter(([, fields]) => fields.size > 0))('%s', (name, fields) => {
	test('every record has exactly the documented fields, of the documented types', () => {
		const records = readJson(name);
		expect(records.length).toBeGreaterThan(0);
		for (const record of records) {
			const actual = fieldsOf(record);
			// A field documented but empty in every record (an array of nothing) is still a field.
			expect(
				[...actual.keys()].filter((field) => !fields.has(field)),
				`undocumented fields in ${name}`,
			).toEqual([]);
			for (const [field, type] of fields) {
				if (field.includes('[].') && !actual.has(field)) continue;
				expect(
					actual.get(field),
					`${name}: ${field} of ${JSON.stringify(record).slice(0, 80)}`,
				).toBe(type);
			}
		}
	});
});

test("benchmarks.json is documented through its JSON Schema and carries that schema's version", () => {
	const about = readFileSync(join(DIST, 'about', 'index.html'), 'utf8');
	expect(about).toContain('bench/results.schema.json');
	const schema = JSON.parse(
		readFileSync(join(import.meta.dirname, '..', '..', 'bench', 'results.schema.json'), 'utf8'),
	) as { properties?: Record<string, { const?: unknown }> };
	const results = JSON.parse(readFileSync(join(DIST, 'data', 'benchmarks.json'), 'utf8')) as Record<
		string,
		unknown
	>;
	const version = schema.properties?.['schemaVersion']?.const;
	expect(version, 'the schema pins schemaVersion').toBeDefined();
	expect(results['schemaVersion']).toBe(version);
});

test('comparison.json has one record per dimension, in order, with its verdict and page', () => {
	const records = readJson('comparison.json');
	expect(records.map((r) => r['id'])).toEqual(dimensions.map((d) => d.id));
	for (const record of records) {
		expect(verdicts).toContain(record['verdict']);
		expect(record['reviewed']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(record['url']).toBe(`${siteRoot}compare/${String(record['id'])}/`);
	}
});

test('claims.json has every claim with its row on the fact-check page', () => {
	const records = readJson('claims.json');
	expect(records.map((r) => r['id'])).toEqual(claims.map((c) => c.id));
	for (const record of records)
		expect(record['url']).toBe(`${siteRoot}fact-check/#${String(record['id']).toLowerCase()}`);
});

describe('llms.txt and llms-full.txt', () => {
	const index = readFileSync(join(DIST, 'llms.txt'), 'utf8');
	const full = readFileSync(join(DIST, 'llms-full.txt'), 'utf8');
	const pages = sitemapPaths().map((path) => `${siteRoot}${path}`);

	test('llms.txt links every page of the sitemap, the full text and the data files', () => {
		expect(index.startsWith('# ')).toBe(true);
		for (const url of pages) expect(index, url).toContain(`](${url})`);
		expect(index).toContain(`](${siteRoot}llms-full.txt)`);
		for (const name of documented.keys()) expect(index).toContain(`](${siteRoot}data/${name})`);
	});

	test('llms-full.txt has the text of every page under its title and URL', () => {
		for (const file of htmlFiles().filter((f) => !f.endsWith('404.html'))) {
			const url = `${siteRoot.replace(/\/$/, '')}${pageUrl(file).slice(BASE.length - 1)}`;
			const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
			expect(full, url).toContain(`URL: ${url}\n`);
			expect(full, url).toContain(`# ${title.replace(/&#39;/g, "'").replace(/&amp;/g, '&')}\n`);
		}
		// Components' content is there too: a verdict and a tested code sample.
		expect(full).toMatch(/Verdict \*\*(Flask|FastAPI|Tie|It depends)\*\*/);
		expect(full).toMatch(/```python\n(#.*\n)*(from|import) /);
	});
});
