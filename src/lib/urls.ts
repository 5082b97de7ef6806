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
		throw new Error(`BASE_PATH must be a path such as "/flask-vs-fastapi/", not a URL ("${value}"). Put the origin in SITE_URL.`);
	}
	return `/${value.replace(/^\/+|\/+$/g, '')}/`;
}
