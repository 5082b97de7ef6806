import type { AstroIntegration } from 'astro';

/**
 * Warns at the start of a build when SITE_URL is unset: every canonical URL, `og:url`, social
 * image URL and sitemap entry then points at `fallback` (localhost), which is right for local
 * builds and tests but wrong for anything deployed (README, "Deploying").
 */
export function siteUrlNotice(siteUrl: string | undefined, fallback: string): AstroIntegration {
	return {
		name: 'site-url-notice',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (siteUrl !== undefined) return;
				logger.warn(
					`SITE_URL is not set, so canonical URLs and link previews point to ${fallback}. Set SITE_URL to the site's address before deploying (README, "Deploying").`,
				);
			},
		},
	};
}
