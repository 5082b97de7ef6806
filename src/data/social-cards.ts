/**
 * Which social preview card each page gets, and where its image is published. The image
 * endpoint (`src/pages/og/[...slug].png.ts`) renders these cards; the route middleware
 * (`src/routeData.ts`) points each page's `og:image` at its card and describes it in
 * `og:image:alt`, from the same data, so the image and its text alternative always agree.
 */
import { siteTitle } from '~/data/site';
import { verdictLabels, type Verdict } from '~/data/verdicts';
import { comparedVersions } from '~/data/versions';
import { isComparisonPageId } from '~/lib/comparison';
import { formatDate } from '~/lib/dates';
import type { SocialCard } from '~/lib/social-card';

/** The fields of a docs entry a card is made from. */
export interface CardSource {
	readonly id: string;
	readonly data: {
		readonly title: string;
		readonly description?: string | undefined;
		readonly verdict?: Verdict | undefined;
		readonly summary?: string | undefined;
		readonly reviewed?: Date | undefined;
		readonly hero?: { readonly tagline?: string | undefined } | undefined;
	};
}

/**
 * The collection names the home page `index`; Starlight's route data names it `` (its slug).
 * Both must lead to the same card.
 */
function pageId(id: string): string {
	return id === '' ? 'index' : id;
}

/** Root-relative path of a page's card image (`/og/compare/performance.png`); add the base before use. */
export function socialImagePath(entryId: string): `/og/${string}.png` {
	return `/og/${pageId(entryId)}.png`;
}

function kickerOf(id: string): string {
	if (id === 'index') return 'Python web frameworks, compared';
	if (isComparisonPageId(id)) return 'Comparison';
	if (id.startsWith('guides/')) return 'Guide';
	return '';
}

/**
 * The card for one docs entry: its title with, on comparison pages, the verdict and its summary,
 * on the home page the short answer (the hero's tagline), elsewhere the description.
 */
export function socialCardFor({ id, data }: CardSource): SocialCard {
	const { flask, fastapi } = comparedVersions;
	const verdict = data.verdict
		? { value: data.verdict, label: verdictLabels[data.verdict] }
		: undefined;
	return {
		site: siteTitle,
		kicker: kickerOf(pageId(id)),
		title: data.title,
		...(verdict ? { verdict } : {}),
		text: (verdict && data.summary) || data.hero?.tagline || data.description || '',
		footer: data.reviewed
			? `Reviewed ${formatDate(data.reviewed)} with Flask ${flask} and FastAPI ${fastapi}`
			: `Compared with tested code: Flask ${flask} and FastAPI ${fastapi}`,
	};
}
