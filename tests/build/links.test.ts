import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { BASE, DIST, htmlFiles, pageUrl, resolveRef } from '../../scripts/lib/dist.ts';

// starlight-links-validator checks the links written in Markdown during the build. Links that
// components render (matrix rows, claim rows, quiz reasons) are only in the HTML, so this checks
// every internal link and anchor of the whole build.

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let found = ids.get(file);
	if (!found) {
		found = new Set(
			[...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''),
		);
		ids.set(file, found);
	}
	return found;
}

test('every internal link and anchor in the build resolves', () => {
	const broken: string[] = [];
	const files = htmlFiles().filter((f) => !f.endsWith('404.html'));
	expect(files.length).toBeGreaterThan(10);
	for (const file of files) {
		const pagePath = pageUrl(file, DIST, BASE);
		const html = readFileSync(file, 'utf8');
		for (const match of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
			const href = (match[1] ?? '').replace(/&amp;/g, '&');
			if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
			const target = resolveRef(href, pagePath);
			if (!('file' in target)) {
				broken.push(`${pagePath}: ${href} (no such page)`);
				continue;
			}
			const hash = decodeURIComponent(
				new URL(href, `http://site.invalid${pagePath}`).hash.slice(1),
			);
			if (hash && hash !== '_top' && !idsOf(target.file).has(hash))
				broken.push(`${pagePath}: ${href} (no #${hash} there)`);
		}
	}
	expect(broken).toEqual([]);
});
