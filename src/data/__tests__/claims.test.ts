import { describe, it, expect } from 'vitest';
import { claims, claimStatuses, claimStatusLabels } from '../claims';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
function isValidIsoDate(value: string): boolean {
	if (!isoDate.test(value)) return false;
	const parsed = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

describe('claims', () => {
	it('has ids C1..C25 in order, with no gaps or duplicates', () => {
		const expected = Array.from({ length: 25 }, (_, i) => `C${i + 1}`);
		expect(claims.map((c) => c.id)).toEqual(expected);
		expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
	});

	it('uses only known statuses, each with a badge label', () => {
		for (const c of claims) {
			expect(claimStatuses, `${c.id} status`).toContain(c.status);
			expect(claimStatusLabels[c.status], `${c.id} label`).toBeTruthy();
		}
	});

	it('restates every claim', () => {
		for (const c of claims) {
			expect(c.claim.trim().length, `${c.id} claim`).toBeGreaterThan(0);
		}
	});

	it('names at least one page for every claim, without repeats', () => {
		for (const c of claims) {
			expect(c.pages.length, `${c.id} pages`).toBeGreaterThan(0);
			expect(new Set(c.pages).size, `${c.id} duplicate page`).toBe(c.pages.length);
		}
	});

	it('gives every claim at least one source with a title and a valid https URL', () => {
		for (const c of claims) {
			expect(c.sources.length, `${c.id} sources`).toBeGreaterThan(0);
			for (const s of c.sources) {
				expect(s.title.trim().length, `${c.id} source title`).toBeGreaterThan(0);
				expect(() => new URL(s.url), `${c.id} ${s.url}`).not.toThrow();
				expect(new URL(s.url).protocol, `${c.id} ${s.url}`).toBe('https:');
			}
		}
	});

	it('has a valid ISO checked date that is not in the future', () => {
		const today = new Date().toISOString().slice(0, 10);
		for (const c of claims) {
			expect(isValidIsoDate(c.checked), `${c.id} checked "${c.checked}"`).toBe(true);
			expect(c.checked <= today, `${c.id} checked ${c.checked} is after ${today}`).toBe(true);
		}
	});

	it('has a non-empty "today" text with no HTML tags', () => {
		for (const c of claims) {
			expect(c.today.trim().length, `${c.id} today`).toBeGreaterThan(0);
			expect(c.today, `${c.id} today contains HTML`).not.toMatch(/<\/?[a-zA-Z][^>]*>/);
		}
	});

	it('keeps backticks balanced in "today" so code spans render', () => {
		for (const c of claims) {
			const ticks = (c.today.match(/`/g) ?? []).length;
			expect(ticks % 2, `${c.id} has an unbalanced backtick`).toBe(0);
		}
	});
});
