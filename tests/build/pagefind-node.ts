/**
 * Queries the built Pagefind index in `dist/pagefind/` from Node, with the same ranking options
 * the site's search box passes to Pagefind, so a test sees the order a reader sees, without a
 * browser. Pagefind's `pagefind.js` loads its index and WebAssembly with `fetch`, which in Node
 * cannot read `file:` URLs; `searchBuiltSite` lends it a `fetch` that reads them from `dist/`
 * and refuses everything else, so a search can never reach the network.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { searchRanking } from '../../src/data/search.ts';

/**
 * One search hit: the page's path below the base (`compare/security/`), Pagefind's score, and the
 * sections it offers as sub-results (`compare/security/#in-short`).
 */
export interface SearchHit {
	readonly path: string;
	readonly score: number;
	readonly sections: readonly string[];
}

interface PagefindResult {
	readonly score: number;
	data(): Promise<{ url: string; sub_results: { url: string }[] }>;
}

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string): Promise<{ results: PagefindResult[] }>;
}

/** A `fetch` that serves `file:` URLs inside `root` from disk and rejects every other request. */
function fileFetch(root: string): typeof fetch {
	const rootUrl = pathToFileURL(`${root}/`).href;
	return async (input) => {
		const url = input instanceof Request ? input.url : String(input);
		if (!url.startsWith(rootUrl))
			throw new Error(`The Pagefind test refuses a request outside ${root}: ${url}`);
		const body = await readFile(fileURLToPath(url));
		const type = /\.pagefind$|\.wasm$/.test(url) ? 'application/wasm' : 'application/octet-stream';
		return new Response(body, { headers: { 'Content-Type': type } });
	};
}

/**
 * Loads the Pagefind bundle of the build in `dist` and returns a function that searches it and
 * gives the first `limit` pages. Throws with a hint when there is no build to search.
 */
export async function searchBuiltSite(
	dist: string,
): Promise<(term: string, limit?: number) => Promise<SearchHit[]>> {
	const bundle = join(dist, 'pagefind');
	if (!existsSync(join(bundle, 'pagefind.js')))
		throw new Error(`No Pagefind index in ${bundle}: run \`npx astro build\` first.`);
	globalThis.fetch = fileFetch(bundle);
	const pagefind = (await import(
		pathToFileURL(join(bundle, 'pagefind.js')).href
	)) as PagefindModule;
	// baseUrl "/" makes result URLs site paths, whatever the build's base, so hits read the same
	// under any BASE_PATH.
	await pagefind.options({
		basePath: pathToFileURL(`${bundle}/`).href,
		baseUrl: '/',
		ranking: searchRanking,
	});
	await pagefind.init();
	return async (term, limit = 3) => {
		const { results } = await pagefind.search(term);
		const top = results.slice(0, limit);
		const data = await Promise.all(top.map((result) => result.data()));
		const relative = (url: string) => url.replace(/^\//, '');
		return data.map(({ url, sub_results }, i) => ({
			path: relative(url),
			score: top[i]?.score ?? 0,
			sections: sub_results.map((sub) => relative(sub.url)),
		}));
	};
}
