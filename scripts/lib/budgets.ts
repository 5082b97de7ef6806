/**
 * Size budgets for the production build: how many gzip bytes each page costs a first-time
 * visitor, split into HTML, CSS, JavaScript and other up-front assets (images, icons, fonts).
 *
 * It reads the built files only, never a browser: each page's `<link rel="stylesheet">`,
 * `<link rel="modulepreload|preload|icon">`, `<script src>`, `<img src>` and the static `import`s of
 * its module scripts (inline or not, followed recursively through the chunks). Dynamic `import()`
 * is not followed: that is how Pagefind's search UI and index load, lazily, on first use.
 * CSS `@import` and non-`data:` `url()` references are followed as well, as an upper bound.
 *
 * Sizes are gzip level 9 of each file (node:zlib), summed per page; a file counts once per page.
 * Inline `<script>`s and `<style>`s count towards the JavaScript and CSS budgets (gzipped on
 * their own) as well as inside the HTML, but only once in the first-visit total.
 * Kept free of TypeScript-only syntax so `node scripts/budgets.mjs` can import it directly.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { htmlFiles, pageUrl, posixRelative, resolveRef } from './dist.ts';

export const KB = 1024;

export interface Budgets {
	/** gzip bytes of the page's own HTML. */
	html: number;
	/** gzip bytes of all the CSS the page loads. */
	css: number;
	/** gzip bytes of all the JavaScript the page loads before any interaction. */
	js: number;
	/** Extra JavaScript allowed on particular pages (page key → gzip bytes), on top of `js`. */
	extraJs: Readonly<Record<string, number>>;
	/** gzip bytes of a first visit: HTML + CSS + JS + images, icons and fonts loaded up front. */
	firstVisit: number;
}

export const BUDGETS: Budgets = {
	// Raised from 16 KB on 2026-12-02: comparison pages now show both frameworks' files side by
	// side and link each proven statement to its test. 20 KiB is the ceiling; trim before raising.
	html: 20 * KB,
	css: 20 * KB,
	js: 12 * KB,
	extraJs: { 'quiz/': 6 * KB },
	firstVisit: 60 * KB,
};

export type AssetKind = 'css' | 'js' | 'other';

export interface PageRefs {
	stylesheets: string[];
	scripts: string[];
	/** Source text of inline `<script type="module">` elements. */
	inlineModules: string[];
	/** Source text of every inline script (classic or module); JSON and templates are not scripts. */
	inlineScripts: string[];
	/** Source text of inline `<style>` elements. */
	inlineStyles: string[];
	/** Images, icons, fonts and other non-CSS, non-JS files the page asks for up front. */
	other: string[];
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function attr(el: Element, name: string): string | undefined {
	return el.attrs.find((a) => a.name === name)?.value;
}

function tokens(value: string | undefined): string[] {
	return (value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

function textOf(el: Element): string {
	return el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
}

/** `<script type>` values that mean classic JavaScript (module is handled on its own). */
const JS_TYPES = new Set([
	'',
	'text/javascript',
	'application/javascript',
	'text/ecmascript',
	'application/ecmascript',
]);

/** Every reference to another file that a page makes up front, in document order. */
export function extractPageRefs(html: string): PageRefs {
	const refs: PageRefs = {
		stylesheets: [],
		scripts: [],
		inlineModules: [],
		inlineScripts: [],
		inlineStyles: [],
		other: [],
	};
	const visit = (node: Node): void => {
		if ('tagName' in node) {
			const el = node;
			if (el.tagName === 'link') {
				const rel = tokens(attr(el, 'rel'));
				const href = attr(el, 'href');
				const as = attr(el, 'as')?.toLowerCase();
				if (href) {
					if (rel.includes('stylesheet')) refs.stylesheets.push(href);
					else if (rel.includes('modulepreload')) refs.scripts.push(href);
					else if (rel.includes('preload') && as === 'style') refs.stylesheets.push(href);
					else if (rel.includes('preload') && as === 'script') refs.scripts.push(href);
					else if (rel.includes('preload') || rel.includes('icon')) refs.other.push(href);
				}
			} else if (el.tagName === 'script') {
				const type = (attr(el, 'type') ?? '').trim().toLowerCase();
				const isModule = type === 'module';
				if (isModule || JS_TYPES.has(type)) {
					const src = attr(el, 'src');
					if (src) refs.scripts.push(src);
					else {
						refs.inlineScripts.push(textOf(el));
						if (isModule) refs.inlineModules.push(textOf(el));
					}
				}
			} else if (el.tagName === 'style') {
				refs.inlineStyles.push(textOf(el));
			} else if (el.tagName === 'img') {
				const src = attr(el, 'src');
				if (src) refs.other.push(src);
			}
		}
		// `<template>` content is inert (parse5 keeps it under `content`, not `childNodes`).
		if ('childNodes' in node) for (const child of node.childNodes) visit(child);
	};
	visit(parseHtml(html));
	return refs;
}

let lexerReady: Promise<void> | undefined;
/** es-module-lexer is WebAssembly: call (and await) once before `staticImports`. */
export function initBudgets(): Promise<void> {
	lexerReady ??= initLexer;
	return lexerReady;
}

/** Specifiers of the static imports and re-exports of a module; dynamic `import()` is left out. */
export function staticImports(code: string): string[] {
	const [imports] = parseModule(code);
	// t === 1: `import … from`, `import '…'`, `export … from`. Dynamic (2) and import.meta (3) are not loads.
	return imports.filter((i) => i.t === 1 && i.n !== undefined).map((i) => i.n as string);
}

/** `@import` and non-`data:` `url()` targets of a stylesheet. */
export function cssRefs(css: string): { imports: string[]; urls: string[] } {
	const imports: string[] = [];
	const urls: string[] = [];
	for (const m of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?/g))
		imports.push(m[1] ?? '');
	for (const m of css
		.replaceAll(/@import[^;]*;/g, '')
		.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
		const url = (m[2] ?? '').trim();
		if (url && !url.startsWith('data:') && !url.startsWith('#')) urls.push(url);
	}
	return { imports, urls };
}

export interface AssetSize {
	/** Path relative to dist, with `/` separators. */
	path: string;
	kind: AssetKind;
	gzip: number;
}

export interface PageReport {
	/** Page key: its path under the base (`''` for the home page, `quiz/`, `404.html`). */
	page: string;
	/** gzip bytes of the HTML file (inline scripts and styles included). */
	html: number;
	/** gzip bytes of the CSS files loaded plus the page's inline `<style>`s. */
	css: number;
	/** gzip bytes of the JavaScript files loaded plus the page's inline scripts. */
	js: number;
	/** The inline parts of `css` and `js` (already inside `html`). */
	inlineCss: number;
	inlineJs: number;
	/** gzip bytes of images, icons and fonts loaded up front. */
	other: number;
	/** HTML + CSS files + JavaScript files + other files: what a first visit transfers. */
	firstVisit: number;
	assets: AssetSize[];
	/** References to other origins (cannot be measured; the site should have none). */
	external: string[];
	/** References to files the build does not contain. */
	missing: string[];
}

export function gzipSize(content: Buffer | string): number {
	return gzipSync(content, { level: 9 }).length;
}

/** Measures one built page. `initBudgets()` must have resolved first. */
export function measurePage(
	file: string,
	dist: string,
	base: string,
	sizes = new Map<string, number>(),
): PageReport {
	const sizeOf = (path: string): number => {
		let size = sizes.get(path);
		if (size === undefined) {
			size = gzipSize(readFileSync(path));
			sizes.set(path, size);
		}
		return size;
	};
	const url = pageUrl(file, dist, base);
	const html = readFileSync(file, 'utf8');
	const refs = extractPageRefs(html);
	const report: PageReport = {
		page: url.slice(base.length),
		html: sizeOf(file),
		css: 0,
		js: 0,
		inlineCss: refs.inlineStyles.length > 0 ? gzipSize(refs.inlineStyles.join('\n')) : 0,
		inlineJs: refs.inlineScripts.length > 0 ? gzipSize(refs.inlineScripts.join('\n')) : 0,
		other: 0,
		firstVisit: 0,
		assets: [],
		external: [],
		missing: [],
	};
	const seen = new Set<string>();

	const add = (ref: string, from: string, kind: AssetKind): void => {
		const resolved = resolveRef(ref, from, dist, base);
		if ('external' in resolved) {
			if (!report.external.includes(resolved.external)) report.external.push(resolved.external);
			return;
		}
		if ('missing' in resolved) {
			if (!report.missing.includes(resolved.missing)) report.missing.push(resolved.missing);
			return;
		}
		if (seen.has(resolved.file)) return;
		seen.add(resolved.file);
		report.assets.push({
			path: posixRelative(dist, resolved.file),
			kind,
			gzip: sizeOf(resolved.file),
		});
		if (kind === 'js') {
			for (const spec of staticImports(readFileSync(resolved.file, 'utf8')))
				add(spec, resolved.url, 'js');
		} else if (kind === 'css') {
			const { imports, urls } = cssRefs(readFileSync(resolved.file, 'utf8'));
			for (const spec of imports) add(spec, resolved.url, 'css');
			for (const spec of urls) add(spec, resolved.url, 'other');
		}
	};

	for (const href of refs.stylesheets) add(href, url, 'css');
	for (const src of refs.scripts) add(src, url, 'js');
	for (const code of refs.inlineModules)
		for (const spec of staticImports(code)) add(spec, url, 'js');
	for (const src of refs.other) add(src, url, 'other');

	for (const asset of report.assets) report[asset.kind] += asset.gzip;
	// Inline code travels inside the HTML: it counts towards its budget, not twice in a visit.
	report.firstVisit = report.html + report.css + report.js + report.other;
	report.css += report.inlineCss;
	report.js += report.inlineJs;
	return report;
}

/** Measures every HTML page in `dist` (Pagefind's own folder has none). */
export async function measureSite(dist: string, base = '/'): Promise<PageReport[]> {
	await initBudgets();
	const sizes = new Map<string, number>();
	return htmlFiles(dist).map((file) => measurePage(file, dist, base, sizes));
}

export function jsBudgetFor(page: string, budgets: Budgets = BUDGETS): number {
	return budgets.js + (budgets.extraJs[page] ?? 0);
}

/** Every way a page breaks a budget, as readable lines; empty when all pages are within budget. */
export function budgetViolations(
	reports: readonly PageReport[],
	budgets: Budgets = BUDGETS,
): string[] {
	const problems: string[] = [];
	for (const r of reports) {
		const name = `/${r.page}`;
		const over = (what: string, size: number, limit: number): void => {
			if (size > limit)
				problems.push(`${name}: ${what} is ${kb(size)}, over the ${kb(limit)} budget`);
		};
		over('HTML', r.html, budgets.html);
		over('CSS', r.css, budgets.css);
		over('JavaScript', r.js, jsBudgetFor(r.page, budgets));
		over('a first visit', r.firstVisit, budgets.firstVisit);
		for (const url of r.external)
			problems.push(`${name}: loads ${url} from another origin, which cannot be measured`);
		for (const path of r.missing)
			problems.push(`${name}: refers to ${path}, which is not in the build`);
	}
	return problems;
}

/** `12.3 KB` (1 KB = 1024 bytes). */
export function kb(bytes: number): string {
	return `${(bytes / KB).toFixed(1)} KB`;
}

const COLUMNS = [
	{ key: 'html', label: 'HTML' },
	{ key: 'css', label: 'CSS' },
	{ key: 'js', label: 'JavaScript' },
	{ key: 'firstVisit', label: 'First visit' },
] as const;

/** A Markdown table of the largest figure per budget, against its limit. */
export function summaryTable(reports: readonly PageReport[], budgets: Budgets = BUDGETS): string {
	const rows = [
		'| Budget (gzip) | Limit | Largest | Page | Headroom |',
		'| --- | ---: | ---: | --- | ---: |',
	];
	for (const { key, label } of COLUMNS) {
		const limitOf = (r: PageReport): number =>
			key === 'js' ? jsBudgetFor(r.page, budgets) : budgets[key];
		// The page closest to (or furthest over) its own limit, which for JS differs per page.
		const worst = [...reports].sort((a, b) => b[key] / limitOf(b) - a[key] / limitOf(a))[0];
		if (!worst) continue;
		const limit = limitOf(worst);
		const limitText =
			key === 'js' && worst.page in budgets.extraJs
				? `${kb(limit)} (${kb(budgets.js)} + page's own)`
				: kb(limit);
		rows.push(
			`| ${label} | ${limitText} | ${kb(worst[key])} | \`/${worst.page}\` | ${Math.round((1 - worst[key] / limit) * 100)}% |`,
		);
	}
	return rows.join('\n');
}

/** A Markdown table of every page (or the `top` heaviest first visits), heaviest first. */
export function pagesTable(reports: readonly PageReport[], top = Infinity): string {
	const rows = [
		'| Page | HTML | CSS | JavaScript | Images & icons | First visit |',
		'| --- | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const r of [...reports]
		.sort((a, b) => b.firstVisit - a.firstVisit || a.page.localeCompare(b.page))
		.slice(0, top)) {
		rows.push(
			`| \`/${r.page}\` | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.other)} | ${kb(r.firstVisit)} |`,
		);
	}
	return rows.join('\n');
}
