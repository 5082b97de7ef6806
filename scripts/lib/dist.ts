/**
 * Reading the production build in `dist/`: where it is, which base path it was built for, every
 * file under a folder, and which built file a site path resolves to. The build checks, the
 * budgets and the browser tests all use these, so they agree on what "a page of the build" is.
 * Node-only. Kept free of TypeScript-only syntax so Node can import it directly.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { normaliseBasePath } from '../../src/lib/urls.ts';

/** The build folder. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** The base path the build under test was made with (BASE_PATH), as `/` or `/x/`. */
export const BASE = normaliseBasePath(process.env['BASE_PATH']);

/** Every file below `dir` (sorted, recursive) that `keep` accepts; paths are absolute. */
export function filesUnder(dir: string, keep: (path: string) => boolean = () => true): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return filesUnder(path, keep);
			return keep(path) ? [path] : [];
		});
}

/** Every built HTML page under `dist`. */
export function htmlFiles(dist: string = DIST): string[] {
	return filesUnder(dist, (path) => path.endsWith('.html'));
}

/** A path relative to `dir` with `/` separators, whatever the platform. */
export function posixRelative(dir: string, path: string): string {
	return relative(dir, path).split(sep).join('/');
}

/** Site path of a built HTML file: `dist/quiz/index.html` → `/base/quiz/`. */
export function pageUrl(file: string, dist: string = DIST, base: string = BASE): string {
	return `${base}${posixRelative(dist, file).replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Maps a reference made from `fromUrl` (a site path such as `/base/quiz/`) to the built file under
 * `dist`: a page's folder resolves to its `index.html`. Other origins are `external`; paths
 * outside the base or with no file are `missing`.
 */
export function resolveRef(
	ref: string,
	fromUrl: string,
	dist: string = DIST,
	base: string = BASE,
): { file: string; url: string } | { external: string } | { missing: string } {
	const url = new URL(ref, `http://site.invalid${fromUrl}`);
	if (url.origin !== 'http://site.invalid') return { external: url.href };
	const path = url.pathname;
	if (!path.startsWith(base)) return { missing: path };
	const local = decodeURIComponent(path.slice(base.length));
	const candidates = [join(dist, local), join(dist, local, 'index.html')];
	const file = candidates.find((c) => existsSync(c) && statSync(c).isFile());
	return file ? { file, url: path } : { missing: path };
}

/**
 * Every page the sitemap lists, as a path relative to the base (`compare/performance/`), so a
 * browser test's `page.goto(path)` resolves against its baseURL whatever the deploy sub-path.
 */
export function sitemapPaths(dist: string = DIST, base: string = BASE): string[] {
	const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
	const urls = files.flatMap((f) =>
		[...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => m[1] ?? '',
		),
	);
	if (urls.length === 0) throw new Error('The sitemap lists no pages: did `astro build` run?');
	return urls.map((url) => {
		const { pathname } = new URL(url);
		if (!pathname.startsWith(base))
			throw new Error(`Sitemap URL ${url} is outside the base ${base}`);
		return pathname.slice(base.length);
	});
}
