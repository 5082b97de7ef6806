import { execFileSync } from 'node:child_process';
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { siteTitle } from './data/site';
import { socialCardFor, socialImagePath } from './data/social-cards';
import { SOCIAL_CARD_SIZE, socialCardAlt } from './lib/social-card';
import { absoluteUrl, withBase } from './lib/urls';

/**
 * In a shallow clone (most CI checkouts) git knows only one commit, so Starlight would stamp
 * every page with that commit's date. Detect it once per build.
 */
function isShallowClone(): boolean {
	try {
		return (
			execFileSync('git', ['rev-parse', '--is-shallow-repository'], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			}).trim() === 'true'
		);
	} catch {
		// No git at all (a tarball build): same problem, no trustworthy dates.
		return true;
	}
}

const shallow = isShallowClone();

/** `<meta>` tags pointing link previews at the page's card, with its size and text alternative. */
function socialImageTags(route: StarlightRouteData, site: URL): StarlightRouteData['head'] {
	const image = absoluteUrl(socialImagePath(route.entry.id), site, import.meta.env.BASE_URL);
	const alt = socialCardAlt(socialCardFor(route.entry));
	const meta = (key: 'property' | 'name', name: string, content: string) => ({
		tag: 'meta' as const,
		attrs: { [key]: name, content },
		content: '',
	});
	return [
		meta('property', 'og:image', image),
		meta('property', 'og:image:type', 'image/png'),
		meta('property', 'og:image:width', String(SOCIAL_CARD_SIZE.width)),
		meta('property', 'og:image:height', String(SOCIAL_CARD_SIZE.height)),
		meta('property', 'og:image:alt', alt),
		meta('name', 'twitter:image', image),
		meta('name', 'twitter:image:alt', alt),
	];
}

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { reviewed, hero, title } = route.entry.data;

	// Starlight titles every page "<page> | <site>", which on the home page repeats the name.
	const titleTag = route.head.find((tag) => tag.tag === 'title');
	if (titleTag && title === siteTitle) titleTag.content = siteTitle;

	// astro.config.mjs always sets `site`; the image URLs must be absolute for link previews.
	if (context.site) route.head.push(...socialImageTags(route, context.site));

	// Without real history (a shallow clone, or a file git has never committed), the page's own
	// reviewed date is the honest "last updated"; pages without one show none, never the build date.
	if (shallow || !route.lastUpdated) route.lastUpdated = reviewed;

	// Splash pages (home, 404) have no sidebar, and with it Starlight drops the phone menu that
	// holds the navigation and the theme switch (withastro/starlight#977). Keep the sidebar so
	// phones get the menu; custom.css hides it again where the splash layout is wide.
	if (route.entry.data.template === 'splash') route.hasSidebar = true;

	// Hero action links are written root-relative in frontmatter; give them the base like every
	// other internal link.
	if (hero?.actions) {
		for (const action of hero.actions)
			action.link = withBase(action.link, import.meta.env.BASE_URL);
	}
});
