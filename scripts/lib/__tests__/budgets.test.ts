import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	BUDGETS,
	KB,
	budgetViolations,
	cssRefs,
	extractPageRefs,
	gzipSize,
	initBudgets,
	jsBudgetFor,
	measureSite,
	pagesTable,
	staticImports,
	summaryTable,
	type PageReport,
} from '../budgets.ts';
import { resolveRef } from '../dist.ts';

beforeAll(async () => {
	await initBudgets();
});

describe('extractPageRefs', () => {
	it('finds stylesheets, scripts, inline modules, images and icons, and skips the rest', () => {
		const refs = extractPageRefs(`<!DOCTYPE html><html><head>
			<link rel="canonical" href="/x/"><link rel="sitemap" href="/sitemap-index.xml">
			<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/print.css" media="print">
			<link rel="modulepreload" href="/pre.js"><link rel="preload" as="font" href="/f.woff2">
			<link rel="shortcut icon" href="/favicon.svg">
			<script>var classic = 1;</script><script type="application/ld+json">{"a":1}</script>
			<script type="module" src="/m.js"></script><script type="module">import "/inline-dep.js"; import("/lazy.js");</script>
			<style>p{color:red}</style>
			</head><body><img src="/logo.svg" alt=""><template><img src="/inert.svg" alt=""></template></body></html>`);
		expect(refs.stylesheets).toEqual(['/a.css', '/print.css']);
		expect(refs.scripts).toEqual(['/pre.js', '/m.js']);
		expect(refs.inlineModules).toEqual(['import "/inline-dep.js"; import("/lazy.js");']);
		expect(refs.inlineScripts).toHaveLength(2);
		expect(refs.inlineStyles).toEqual(['p{color:red}']);
		expect(refs.other).toEqual(['/f.woff2', '/favicon.svg', '/logo.svg']);
	});
});

describe('staticImports', () => {
	it('keeps static imports and re-exports, drops dynamic import() and import.meta', () => {
		const code = `import{a as b}from"./a.js";import"./side.js";export{c}from"./c.js";const u=import.meta.url;import("./lazy.js");`;
		expect(staticImports(code)).toEqual(['./a.js', './side.js', './c.js']);
	});
});

describe('cssRefs', () => {
	it('follows @import and url(), not data: URIs', () => {
		const { imports, urls } = cssRefs(
			`@import "./base.css";@import url(other.css);a{background:url("data:image/svg+xml,x")}b{background:url(/img/b.png)}@font-face{src:url('../f.woff2')}`,
		);
		expect(imports).toEqual(['./base.css', 'other.css']);
		expect(urls).toEqual(['/img/b.png', '../f.woff2']);
	});
});

describe('measureSite on a small built site', () => {
	let dist: string;
	const write = (path: string, content: string): void => {
		const file = join(dist, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, content);
	};
	const page = (body: string): string =>
		`<!DOCTYPE html><html><head><link rel="stylesheet" href="/sub/_astro/a.css"><script type="module" src="/sub/_astro/entry.js"></script></head><body>${body}</body></html>`;

	beforeAll(() => {
		dist = mkdtempSync(join(tmpdir(), 'budgets-'));
		write('_astro/a.css', 'body{margin:0;color:#123456}'.repeat(20));
		write(
			'_astro/entry.js',
			'import"./shared.js";export{x}from"./re.js";import("../pagefind/pagefind-ui.js");',
		);
		write('_astro/shared.js', 'export const shared=1;'.repeat(50));
		write('_astro/re.js', 'export const x=2;');
		write('_astro/quiz.js', 'import"./shared.js";'.padEnd(9000, ';'));
		write('pagefind/pagefind-ui.js', 'x'.repeat(100_000));
		write('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
		write('index.html', page('<img src="logo.svg" alt="">'));
		write('quiz/index.html', page('<script type="module" src="../_astro/quiz.js"></script>'));
		write(
			'other/index.html',
			page(
				'<script src="https://cdn.example.com/x.js"></script><img src="/sub/missing.png" alt="">',
			),
		);
	});
	afterAll(() => rmSync(dist, { recursive: true, force: true }));

	it('sums each file once, follows static imports only and resolves against the base', async () => {
		const reports = await measureSite(dist, '/sub/');
		expect(reports.map((r) => r.page).sort()).toEqual(['', 'other/', 'quiz/']);
		const home = reports.find((r) => r.page === '') as PageReport;
		const size = (p: string): number => gzipSize(readFileSync(join(dist, p)));
		expect(home.assets.map((a) => a.path).sort()).toEqual([
			'_astro/a.css',
			'_astro/entry.js',
			'_astro/re.js',
			'_astro/shared.js',
			'logo.svg',
		]);
		expect(home.js).toBe(size('_astro/entry.js') + size('_astro/shared.js') + size('_astro/re.js'));
		expect(home.css).toBe(size('_astro/a.css'));
		expect(home.other).toBe(size('logo.svg'));
		expect(home.firstVisit).toBe(home.html + home.css + home.js + home.other);
		const quiz = reports.find((r) => r.page === 'quiz/') as PageReport;
		expect(quiz.assets.filter((a) => a.path === '_astro/shared.js')).toHaveLength(1);
		const other = reports.find((r) => r.page === 'other/') as PageReport;
		expect(other.external).toEqual(['https://cdn.example.com/x.js']);
		expect(other.missing).toEqual(['/sub/missing.png']);
	});

	it('reports pages over budget, external and missing files, and honours per-page JS allowances', async () => {
		const reports = await measureSite(dist, '/sub/');
		const tight = { ...BUDGETS, js: 10, extraJs: { 'quiz/': 100 * KB } };
		const problems = budgetViolations(reports, tight);
		expect(problems.some((p) => p.startsWith('/: JavaScript is'))).toBe(true);
		expect(problems.some((p) => p.startsWith('/quiz/: JavaScript'))).toBe(false);
		expect(problems).toContain(
			'/other/: loads https://cdn.example.com/x.js from another origin, which cannot be measured',
		);
		expect(problems).toContain('/other/: refers to /sub/missing.png, which is not in the build');
		expect(jsBudgetFor('quiz/', tight)).toBe(10 + 100 * KB);
		expect(budgetViolations(reports.filter((r) => r.page !== 'other/'))).toEqual([]);
	});

	it('prints Markdown tables', async () => {
		const reports = await measureSite(dist, '/sub/');
		expect(summaryTable(reports).split('\n')).toHaveLength(6);
		expect(pagesTable(reports, 2).split('\n')).toHaveLength(4);
		expect(pagesTable(reports)).toContain('| `/quiz/` |');
	});
});

describe('resolveRef', () => {
	it('treats other origins as external and paths outside the base as missing', () => {
		expect(resolveRef('https://example.com/a.js', '/sub/', '/nowhere', '/sub/')).toEqual({
			external: 'https://example.com/a.js',
		});
		expect(resolveRef('/elsewhere/a.js', '/sub/', '/nowhere', '/sub/')).toEqual({
			missing: '/elsewhere/a.js',
		});
	});
});
