/** The site's name: Starlight's `title`, the social cards and the home page's `<title>`. */
export const siteTitle = 'Flask or FastAPI?';

/** The origin the build uses when SITE_URL is unset: `astro preview`'s, right for local builds only. */
export const localSiteUrl = 'http://localhost:4321';

/** The one `syncKey` every Flask/FastAPI tab set uses, so a reader's choice follows them across pages. */
export const FRAMEWORK_TABS_SYNC_KEY = 'framework';

/**
 * The repository readers are sent to for "Edit page" and for the tests behind a statement.
 * Set by REPO_URL and REPO_BRANCH at build time (the deploy workflow derives them from the
 * repository it runs in); read here once so the config and the components agree.
 */
export const repository = {
	url: (process.env['REPO_URL'] || 'https://github.com/flask-or-fastapi/flask-or-fastapi').replace(
		/\/+$/,
		'',
	),
	branch: process.env['REPO_BRANCH'] || 'main',
} as const;

/** The address of a file in the repository at the published branch, optionally at a line. */
export function repositoryFileUrl(path: string, line?: number): string {
	return `${repository.url}/blob/${repository.branch}/${path}${line ? `#L${line}` : ''}`;
}

/** A new issue in the repository, titled for a broken link: where the 404 page sends readers. */
export const brokenLinkIssueUrl = `${repository.url}/issues/new?title=${encodeURIComponent('Broken link')}`;
