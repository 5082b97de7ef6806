/**
 * The social preview card (Open Graph / Twitter image) of a page: what it says, the text
 * alternative that describes it, and its layout as the element tree Satori renders to SVG.
 * Pure: the fonts, the logo and the rendering live in `src/pages/og/[...slug].png.ts`.
 */
import type { Verdict } from '~/data/verdicts';

/** The card's size, the one Open Graph and Twitter's large summary card both display uncropped. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a page's card shows. */
export interface SocialCard {
	/** The site's name, shown next to the logo. */
	readonly site: string;
	/** A word above the title saying what kind of page this is ("Comparison"); empty for none. */
	readonly kicker: string;
	readonly title: string;
	/** A comparison page's verdict: its key (for the colour) and the badge text. */
	readonly verdict?: { readonly value: Verdict; readonly label: string };
	/** The verdict's one-sentence summary, or the page's description. */
	readonly text: string;
	/** The footer line, e.g. "Reviewed November 24, 2026". */
	readonly footer: string;
}

/** The longest `text` a card shows in full; longer text is cut at a word and ends with "…". */
export const SOCIAL_CARD_TEXT_LIMIT = 180;

/**
 * `text` cut to at most `limit` characters: after its last whole sentence that fits (when that
 * keeps at least half), else at a word boundary with "…".
 */
export function clampText(text: string, limit: number = SOCIAL_CARD_TEXT_LIMIT): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= limit) return clean;
	const head = clean.slice(0, limit + 1);
	const sentenceEnd = Math.max(...['. ', '! ', '? '].map((end) => head.lastIndexOf(end)));
	if (sentenceEnd + 1 >= limit / 2) return clean.slice(0, sentenceEnd + 1);
	const cut = clean.slice(0, limit - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.—-]+$/, '')}…`;
}

/** The card's text alternative (`og:image:alt`): everything the image says, in reading order. */
export function socialCardAlt(card: SocialCard): string {
	return [
		card.kicker ? `${card.site}: ${card.kicker}` : card.site,
		card.title === card.site ? '' : card.title,
		card.verdict ? `Verdict: ${card.verdict.label}` : '',
		clampText(card.text),
	]
		.filter((part) => part !== '')
		.map((part) => (/[.!?…]$/.test(part) ? part : `${part}.`))
		.join(' ');
}

/** Colours of the verdict pill: a light tint with dark text, about 9:1 contrast for each. */
const verdictColours: Record<
	Verdict,
	{ readonly background: string; readonly border: string; readonly text: string }
> = {
	flask: { background: '#e7f0ff', border: '#3b7be0', text: '#0c3f8c' },
	fastapi: { background: '#e2f6ef', border: '#0ea58c', text: '#06593f' },
	tie: { background: '#fff1de', border: '#e08a1e', text: '#7a4100' },
	depends: { background: '#efeaff', border: '#7c5cff', text: '#45289e' },
};

/** An element as Satori reads it: React's `{ type, props }` shape without React. */
export interface CardElement {
	readonly type: string;
	readonly props: {
		readonly style?: Record<string, string | number>;
		readonly children?: CardChild | readonly CardChild[];
		readonly [attribute: string]: unknown;
	};
}
type CardChild = CardElement | string;

function el(
	type: string,
	style: Record<string, string | number>,
	children?: CardChild | readonly CardChild[],
	attributes: Record<string, unknown> = {},
): CardElement {
	return { type, props: { style, ...attributes, ...(children === undefined ? {} : { children }) } };
}

/** A title size that keeps a long title on two lines and a short one bold. */
function titleSize(title: string): number {
	if (title.length <= 22) return 80;
	if (title.length <= 36) return 68;
	return 56;
}

/**
 * The card as a Satori element tree: the logo and site name, an optional kicker, the title, the
 * verdict pill on comparison pages, the summary, and a footer line. Light colours throughout, so
 * the preview reads on the white and the dark backgrounds chat apps put around it.
 * `logoDataUri` is the site logo as a `data:` URI, so rendering makes no request.
 */
export function socialCardTree(card: SocialCard, logoDataUri: string): CardElement {
	const { width, height } = SOCIAL_CARD_SIZE;
	const colours = card.verdict ? verdictColours[card.verdict.value] : undefined;
	const main: CardChild[] = [];
	if (card.kicker) {
		main.push(
			el(
				'div',
				{
					fontSize: 26,
					fontWeight: 600,
					letterSpacing: 3,
					textTransform: 'uppercase',
					color: '#5b3fd1',
					marginBottom: 14,
				},
				card.kicker,
			),
		);
	}
	main.push(
		el(
			'div',
			{
				fontSize: titleSize(card.title),
				fontWeight: 700,
				lineHeight: 1.1,
				color: '#15122a',
				letterSpacing: -1,
			},
			card.title,
		),
	);
	if (card.verdict && colours) {
		main.push(
			el(
				'div',
				{
					display: 'flex',
					alignSelf: 'flex-start',
					marginTop: 30,
					padding: '10px 26px',
					borderRadius: 999,
					border: `3px solid ${colours.border}`,
					background: colours.background,
					color: colours.text,
					fontSize: 32,
				},
				[
					el('span', { fontWeight: 400, marginRight: 12 }, 'Verdict'),
					el('span', { fontWeight: 700 }, card.verdict.label),
				],
			),
		);
	}
	if (card.text) {
		main.push(
			el(
				'div',
				{ marginTop: 28, fontSize: 30, lineHeight: 1.4, color: '#474460', maxWidth: 1040 },
				clampText(card.text),
			),
		);
	}

	return el(
		'div',
		{
			width,
			height,
			display: 'flex',
			flexDirection: 'column',
			background: '#fbfaff',
			fontFamily: 'Inter',
		},
		[
			el('div', { height: 14, backgroundImage: 'linear-gradient(90deg, #7c5cff, #0ea58c)' }),
			el(
				'div',
				{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '42px 80px 40px' },
				[
					el('div', { display: 'flex', alignItems: 'center' }, [
						el('img', { width: 60, height: 60, marginRight: 18 }, undefined, {
							src: logoDataUri,
							width: 60,
							height: 60,
						}),
						// The home page's title is the site's name: the logo alone then heads the card.
						...(card.title === card.site
							? []
							: [el('div', { fontSize: 32, fontWeight: 600, color: '#34304d' }, card.site)]),
					]),
					el(
						'div',
						{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 },
						main,
					),
					el(
						'div',
						{
							display: 'flex',
							borderTop: '2px solid #e4e0f3',
							paddingTop: 20,
							fontSize: 24,
							color: '#5f5b78',
						},
						card.footer,
					),
				],
			),
		],
	);
}
