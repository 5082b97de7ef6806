import { describe, expect, it } from 'vitest';
import { formatFieldPath, formatFrontmatterErrors } from '../frontmatter';
import { isComparisonPageId } from '../comparison';
import { splitInlineCode } from '../inline-code';

describe('frontmatter errors', () => {
	it('names nested fields the way authors write them', () => {
		expect(formatFieldPath(['sources', 1, 'url'])).toBe('sources[1].url');
		expect(formatFieldPath([])).toBe('(frontmatter)');
	});

	it('name the file and each failing field', () => {
		const message = formatFrontmatterErrors('src/content/docs/compare/testing.mdx', [
			{ path: ['verdict'], message: 'Invalid option' },
			{ path: ['sources'], message: 'needs at least two sources' },
		]);
		expect(message).toContain('src/content/docs/compare/testing.mdx');
		expect(message).toMatch(/"verdict": Invalid option/);
		expect(message).toMatch(/"sources": needs at least two sources/);
	});
});

describe('isComparisonPageId', () => {
	it('matches pages under compare/ but not the matrix or other sections', () => {
		expect(isComparisonPageId('compare/performance')).toBe(true);
		expect(isComparisonPageId('compare')).toBe(false);
		expect(isComparisonPageId('guides/what-is-flask')).toBe(false);
		expect(isComparisonPageId('compare/a/b')).toBe(false);
	});
});

describe('splitInlineCode', () => {
	it('splits backtick spans into code segments', () => {
		expect(splitInlineCode('use `Depends()` here')).toEqual([
			{ text: 'use ', code: false },
			{ text: 'Depends()', code: true },
			{ text: ' here', code: false },
		]);
	});
	it('keeps an unmatched backtick as text', () => {
		expect(splitInlineCode('a ` b')).toEqual([{ text: 'a ` b', code: false }]);
	});
});
