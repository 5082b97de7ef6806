import { execFileSync } from 'node:child_process';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './lib/urls';

/**
 * In a shallow clone (most CI checkouts) git knows only one commit, so Starlight would stamp
 * every page with that commit's date. Detect it once per build.
 */
function isShallowClone(): boolean {
	try {
		return execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'true';
	} catch {
		// No git at all (a tarball build): same problem, no trustworthy dates.
		return true;
	}
}

const shallow = isShallowClone();

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { reviewed, hero } = route.entry.data;

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
		for (const action of hero.actions) action.link = withBase(action.link, import.meta.env.BASE_URL);
	}
});
