import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dimensionIds } from '../dimensions';
import { comparisonAnchors, quizQuestions } from '../quiz';

/** Heading ids as Starlight's slugger makes them for plain-text headings. */
const slug = (heading: string) =>
	heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.replace(/\s+/g, '-');

describe('quiz data', () => {
	it('has 6 to 10 questions with unique, url-safe ids', () => {
		expect(quizQuestions.length).toBeGreaterThanOrEqual(6);
		expect(quizQuestions.length).toBeLessThanOrEqual(10);
		const ids = quizQuestions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]{0,15}$/);
	});

	it.each(quizQuestions.map((q) => [q.id, q] as const))(
		'question "%s" has unique, url-safe option values and small integer weights',
		(_id, q) => {
			expect(q.prompt.trim()).not.toBe('');
			expect(q.options.length).toBeGreaterThanOrEqual(2);
			const values = q.options.map((o) => o.value);
			expect(new Set(values).size).toBe(values.length);
			for (const option of q.options) {
				expect(option.value).toMatch(/^[a-z0-9][a-z0-9-]{0,15}$/);
				expect(option.label.trim()).not.toBe('');
				expect(Number.isInteger(option.weight)).toBe(true);
				expect(Math.abs(option.weight)).toBeLessThanOrEqual(3);
			}
		},
	);

	it('gives every non-neutral option a one-sentence, plain-text reason with a known dimension and anchor', () => {
		for (const q of quizQuestions) {
			for (const option of q.options) {
				if (option.weight !== 0) expect(option.reason, `${q.id}=${option.value}`).toBeDefined();
				if (!option.reason) continue;
				const { text, dimension, anchor } = option.reason;
				expect(dimensionIds).toContain(dimension);
				expect(comparisonAnchors).toContain(anchor);
				expect(text, `${q.id}=${option.value}`).toMatch(/^[A-Z].*\.$/);
				expect(text).not.toMatch(/[<>]|\.\s+[A-Z]/);
			}
		}
	});

	it('can point both ways', () => {
		const weights = quizQuestions.flatMap((q) => q.options.map((o) => o.weight));
		expect(weights.some((w) => w < 0)).toBe(true);
		expect(weights.some((w) => w > 0)).toBe(true);
	});

	it('links only to headings that exist on the comparison pages written so far', () => {
		for (const q of quizQuestions) {
			for (const option of q.options) {
				if (!option.reason) continue;
				const file = new URL(
					`../../content/docs/compare/${option.reason.dimension}.mdx`,
					import.meta.url,
				);
				// Pages not written yet are caught by the build's link validator instead.
				if (!existsSync(file)) continue;
				const headings = [...readFileSync(file, 'utf8').matchAll(/^## (.+)$/gm)].map((m) =>
					slug(m[1] ?? ''),
				);
				expect(headings, `${option.reason.dimension}#${option.reason.anchor}`).toContain(
					option.reason.anchor,
				);
			}
		}
	});
});
