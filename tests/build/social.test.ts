import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { describe, expect, test } from 'vitest';
import { BASE, DIST, htmlFiles, pageUrl } from '../../scripts/lib/dist.ts';
import { localSiteUrl, siteTitle } from '../../src/data/site.ts';
import { verdictLabels, type Verdict } from '../../src/data/verdicts.ts';
import { normaliseSiteUrl } from '../../src/lib/urls.ts';

// What a chat app or a code-review tool shows for a shared link: the title, the canonical
// address and the preview card. The build must point every page at a 1200×630 PNG of its own,
// at an absolute URL on the origin the site is deployed to (SITE_URL + BASE_PATH, as the deploy
// workflow sets them; e2e.mjs builds once with the deploy workflow's values).

const origin = normaliseSiteUrl(process.env['SITE_URL']) ?? localSiteUrl;
const siteRoot = `${origin}${BASE}`;

/** Every `<meta property|name>` and `<link rel>` of a page's head, and its `<title>`. */
function headOf(html: string): {
	title: string;
	meta: Map<string, string>;
	links: Map<string, string>;
} {
	const meta = new Map<string, string>();
	const links = new Map<string, string>();
	let title = '';
	const visit = (node: Nodes): void => {
		// Only the head: code samples in the body can hold a `<title>` of their own.
		if (node.type === 'element' && node.tagName === 'body') return;
		if (node.type === 'element') {
			const element = node as Element;
			const { property, name, content, rel, href } = element.properties;
			if (element.tagName === 'meta' && typeof content === 'string')
				meta.set(String(property ?? name), content);
			if (element.tagName === 'link' && Array.isArray(rel) && typeof href === 'string')
				links.set(rel.join(' '), href);
			if (element.tagName === 'title')
				title = element.children.map((child) => ('value' in child ? child.value : '')).join('');
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(fromHtml(html));
	return { title, meta, links };
}

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	if (
		bytes.subarray(1, 4).toString('latin1') !== 'PNG' ||
		bytes.subarray(12, 16).toString('latin1') !== 'IHDR'
	)
		throw new Error(`${file} is not a PNG`);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pages = htmlFiles().map((file) => ({
	file,
	path: pageUrl(file),
	head: headOf(readFileSync(file, 'utf8')),
}));
const verdicts = new Map(
	(
		JSON.parse(readFileSync(join(DIST, 'data', 'comparison.json'), 'utf8')) as {
			url: string;
			verdict: Verdict;
		}[]
	).map((r) => [r.url, r.verdict]),
);

test('the build has pages to check', () => {
	expect(pages.length).toBeGreaterThan(20);
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, { head }) => {
	const canonical = `${origin}${path}`;

	test('its canonical URL and og:url are on the deployed origin', () => {
		if (path.endsWith('404.html')) return;
		expect(head.links.get('canonical')).toBe(canonical);
		expect(head.meta.get('og:url')).toBe(canonical);
	});

	test('its preview card is a 1200×630 PNG of its own, at an absolute URL', () => {
		const image = head.meta.get('og:image') ?? '';
		expect(
			image.startsWith(`${siteRoot}og/`),
			`og:image ${image} is not under ${siteRoot}og/`,
		).toBe(true);
		expect(head.meta.get('twitter:image')).toBe(image);
		expect(head.meta.get('twitter:card')).toBe('summary_large_image');
		expect([head.meta.get('og:image:width'), head.meta.get('og:image:height')]).toEqual([
			'1200',
			'630',
		]);
		const file = join(DIST, decodeURIComponent(image.slice(siteRoot.length)));
		expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
		// Link-preview services fetch a few hundred KB at most; these are flat colours and text.
		expect(statSync(file).size).toBeLessThan(150_000);
	});

	test('its card is described, verdict included on comparison pages', () => {
		const alt = head.meta.get('og:image:alt') ?? '';
		expect(alt).toMatch(/\S{3}.{20,}/);
		expect(head.meta.get('twitter:image:alt')).toBe(alt);
		const verdict = verdicts.get(canonical);
		if (verdict) expect(alt).toContain(`Verdict: ${verdictLabels[verdict]}.`);
	});

	test('its title names the site once', () => {
		expect(head.title.split(siteTitle).length - 1, head.title).toBe(1);
	});
});

test('every page has a different card', () => {
	const images = pages.map((page) => page.head.meta.get('og:image'));
	expect(new Set(images).size).toBe(pages.length);
});

test('the home page is titled with the site name alone', () => {
	const home = pages.find((page) => page.path === BASE);
	expect(home?.head.title).toBe(siteTitle);
});
