/**
 * Joins a root-relative path (`/quiz/`, `/compare/#performance`) to the site's base path
 * (`/`, `/flask-vs-fastapi`, `/flask-vs-fastapi/`), so one build works at a domain root or under a
 * sub-path. External URLs, protocol-relative URLs, fragments and relative paths are returned as they are.
 */
export function withBase(href: string, base: string): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const trimmedBase = base.replace(/\/+$/, '');
	if (trimmedBase === '') return href;
	if (href === trimmedBase || href.startsWith(`${trimmedBase}/`)) return href;
	return `${trimmedBase}${href}`;
}

/**
 * Normalises a `BASE_PATH` setting to the form Astro expects: a leading slash, a trailing slash,
 * and `/` when empty. Rejects values that are full URLs, because those belong in `SITE_URL`.
 */
export function normaliseBasePath(raw: string | undefined): string {
	const value = (raw ?? '').trim();
	if (value === '' || value === '/') return '/';
	if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
		throw new Error(
			`BASE_PATH must be a path such as "/flask-vs-fastapi/", not a URL ("${value}"). Put the origin in SITE_URL.`,
		);
	}
	return `/${value.replace(/^\/+|\/+$/g, '')}/`;
}

/**
 * Checks a `SITE_URL` setting: the origin the site is served from (`https://example.github.io`),
 * which canonical URLs, `og:url`, the social images and the sitemap are built on. Returns it
 * without a trailing slash, or `undefined` when unset. Rejects anything but an http(s) origin,
 * because a sub-path belongs in `BASE_PATH` and a typo would otherwise ship in every page.
 */
export function normaliseSiteUrl(raw: string | undefined): string | undefined {
	const value = (raw ?? '').trim();
	if (value === '') return undefined;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`SITE_URL must be an origin such as "https://example.github.io", not "${value}".`,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`SITE_URL must start with https:// or http:// ("${value}").`);
	if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
		throw new Error(
			`SITE_URL must be an origin without a path, such as "${url.origin}" ("${value}"). Put a sub-path in BASE_PATH.`,
		);
	}
	return url.origin;
}

/**
 * The absolute URL of a root-relative site path (`/compare/performance/`), for links that leave
 * the site: canonical-style URLs in social tags and the published JSON data. `site` is Astro's
 * `site` (the origin), `base` the base path.
 */
export function absoluteUrl(path: string, site: URL | string, base: string): string {
	return new URL(withBase(path, base), site).href;
}
