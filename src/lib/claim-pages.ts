import type { ClaimHomePage } from '../data/claims';
import type { Dimension } from '../data/dimensions';
import { comparisonPageUrl } from './comparison';

/**
 * Root-relative URL and title of a page a claim belongs to. The dimensions come in as an argument
 * so this module stays free of data imports.
 */
export function claimHomePageLink(
	page: ClaimHomePage,
	dimensions: readonly Dimension[],
): { href: string; title: string } {
	switch (page) {
		case 'what-is-flask':
			return { href: '/guides/what-is-flask/', title: 'What is Flask?' };
		case 'what-is-fastapi':
			return { href: '/guides/what-is-fastapi/', title: 'What is FastAPI?' };
		case 'quiz':
			return { href: '/quiz/', title: 'Decision quiz' };
		default: {
			const dimension = dimensions.find((d) => d.id === page);
			if (!dimension) throw new Error(`Unknown claim page "${page}"`);
			return { href: comparisonPageUrl(dimension.id), title: dimension.title };
		}
	}
}
