import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, htmlFiles } from '../../scripts/lib/dist.ts';

// Every inline script in the build must be allowed by its page's Content Security Policy by hash;
// e2e/csp.spec.ts then watches real pages in a browser for violations.

function cspOf(html: string): string {
	return /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
}

test('every inline script of the build is allowed by its page’s CSP, and scripts never get unsafe-inline', () => {
	const problems = new Map<string, string>();
	for (const file of htmlFiles()) {
		const html = readFileSync(file, 'utf8');
		const csp = cspOf(html);
		expect(csp, `${relative(DIST, file)} has no CSP meta`).not.toBe('');
		const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
			const body = match[2] ?? '';
			if ((match[1] ?? '').includes('application/ld+json')) continue;
			const hash = `sha256-${createHash('sha256').update(body).digest('base64')}`;
			if (!csp.includes(`'${hash}'`) && !problems.has(hash)) {
				problems.set(
					hash,
					`An inline script is not allowed by the CSP (first seen in ${relative(DIST, file)}): "${body.trim().slice(0, 80)}…". ` +
						`If Starlight was upgraded and changed its inline script, put '${hash}' in src/data/csp.ts (starlightInlineScripts) in place of the old entry.`,
				);
			}
		}
	}
	expect([...problems.values()]).toEqual([]);
});
