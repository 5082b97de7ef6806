import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { BASE, DIST } from './site';

// starlight-links-validator checks the links written in Markdown during the build. Links that
// components render (matrix rows, claim rows, quiz reasons) are only in the HTML, so this checks
// every internal link and anchor of the whole build.

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let found = ids.get(file);
	if (!found) {
		found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
		ids.set(file, found);
	}
	return found;
}

/** The built file a site path resolves to, or undefined. */
function fileFor(pathname: string): string | undefined {
	if (!pathname.startsWith(BASE)) return undefined;
	const local = decodeURIComponent(pathname.slice(BASE.length));
	const candidates = [join(DIST, local), join(DIST, local, 'index.html')];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

test('every internal link and anchor in the build resolves', () => {
	const broken: string[] = [];
	const files = htmlFiles(DIST).filter((f) => !f.endsWith('404.html'));
	expect(files.length).toBeGreaterThan(10);
	for (const file of files) {
		const pagePath = `${BASE}${relative(DIST, file).replace(/index\.html$/, '')}`;
		const html = readFileSync(file, 'utf8');
		for (const match of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
			const href = (match[1] ?? '').replace(/&amp;/g, '&');
			if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
			const url = new URL(href, `http://site${pagePath}`);
			const target = fileFor(url.pathname);
			if (!target) {
				broken.push(`${pagePath}: ${href} (no such page)`);
				continue;
			}
			const hash = decodeURIComponent(url.hash.slice(1));
			if (hash && hash !== '_top' && !idsOf(target).has(hash)) broken.push(`${pagePath}: ${href} (no #${hash} there)`);
		}
	}
	expect(broken).toEqual([]);
});
