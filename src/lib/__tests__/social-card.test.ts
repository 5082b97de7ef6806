import { describe, expect, it } from 'vitest';
import {
	clampText,
	socialCardAlt,
	socialCardTree,
	type CardElement,
	type SocialCard,
} from '../social-card';

const security: SocialCard = {
	site: 'Flask or FastAPI?',
	kicker: 'Comparison',
	title: 'Security',
	verdict: { value: 'depends', label: 'It depends' },
	text: 'FastAPI for token-secured APIs; Flask for cookie-session sites.',
	footer: 'Reviewed November 24, 2026 with Flask 3.1.3 and FastAPI 0.165.0',
};

/** Every string in the tree, in document order: what the card says. */
function texts(node: CardElement | string): string[] {
	if (typeof node === 'string') return [node];
	const children = node.props.children;
	if (children === undefined) return [];
	return (Array.isArray(children) ? children : [children]).flatMap((child: CardElement | string) =>
		texts(child),
	);
}

describe('clampText', () => {
	it('leaves text within the limit alone, whitespace folded', () => {
		expect(clampText('  one\n two  ', 20)).toBe('one two');
	});
	it('cuts after the last whole sentence that fits', () => {
		expect(clampText('First sentence here. Second one is long enough to overflow.', 40)).toBe(
			'First sentence here.',
		);
	});
	it('cuts at a word with an ellipsis when no sentence ends in the first half', () => {
		const cut = clampText('a long run of words without any sentence end at all, going on', 30);
		expect(cut).toBe('a long run of words without…');
		expect(cut.length).toBeLessThanOrEqual(30);
	});
});

describe('socialCardAlt', () => {
	it('says everything the card shows, in reading order', () => {
		expect(socialCardAlt(security)).toBe(
			'Flask or FastAPI?: Comparison. Security. Verdict: It depends. FastAPI for token-secured APIs; Flask for cookie-session sites.',
		);
	});
	it('names the site once on the home page, whose title is the site name', () => {
		const { verdict: _verdict, ...card } = security;
		const alt = socialCardAlt({
			...card,
			kicker: '',
			title: 'Flask or FastAPI?',
			text: 'Short answer.',
		});
		expect(alt).toBe('Flask or FastAPI? Short answer.');
	});
});

describe('socialCardTree', () => {
	it('shows site, kicker, title, verdict, text and footer', () => {
		expect(texts(socialCardTree(security, 'data:image/svg+xml;base64,'))).toEqual([
			'Flask or FastAPI?',
			'Comparison',
			'Security',
			'Verdict',
			'It depends',
			security.text,
			security.footer,
		]);
	});
	it('has no verdict pill without a verdict, and the logo alone heads the home card', () => {
		const { verdict: _verdict, ...guide } = security;
		expect(texts(socialCardTree({ ...guide, title: 'Flask or FastAPI?' }, 'data:'))).toEqual([
			'Comparison',
			'Flask or FastAPI?',
			security.text,
			security.footer,
		]);
	});
	it('loads the logo from the data URI it is given, so rendering makes no request', () => {
		const json = JSON.stringify(socialCardTree(security, 'data:image/svg+xml;base64,AAAA'));
		expect(json).toContain('"src":"data:image/svg+xml;base64,AAAA"');
		expect(json).not.toMatch(/https?:/);
	});
});
