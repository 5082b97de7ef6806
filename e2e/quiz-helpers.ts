import { expect, type Page } from '@playwright/test';
import { BASE } from './site';

// Shared by the quiz's browser tests: the questions as the page renders them, answer profiles
// with their expected results, and small steps (open, answer, check).

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Question ids in page order, and each question's option values in page order. Written out, not
 * read from src/data/quiz.ts: ids and values appear in shared quiz links, so this list pins them,
 * and a rename in the data fails here instead of breaking links people already shared.
 */
export const QUESTIONS: Record<string, readonly string[]> = {
	build: ['api', 'site', 'both'],
	io: ['slow-io', 'streaming', 'quick-db', 'blocking'],
	db: ['sync-orm', 'async', 'none'],
	docs: ['yes', 'nice', 'no'],
	validation: ['heavy', 'forms', 'light'],
	team: ['flask-code', 'flask-skills', 'async-skills', 'new'],
	ml: ['yes', 'no'],
	types: ['strict', 'some', 'none'],
	stability: ['high', 'pinned'],
};
export const ORDER = Object.keys(QUESTIONS);

export interface Profile {
	name: string;
	answers: Record<string, string>;
	recommendation: 'fastapi' | 'flask' | 'either';
	heading: string;
}

export const PROFILES: Profile[] = [
	{
		name: 'an API with heavy concurrency and generated docs',
		answers: {
			build: 'api',
			io: 'slow-io',
			docs: 'yes',
			validation: 'heavy',
			team: 'new',
			ml: 'no',
			types: 'strict',
			stability: 'pinned',
		},
		recommendation: 'fastapi',
		heading: 'FastAPI fits your answers better',
	},
	{
		name: 'a server-rendered site by a team with Flask code and extensions',
		answers: {
			build: 'site',
			io: 'quick-db',
			docs: 'no',
			validation: 'forms',
			team: 'flask-code',
			types: 'some',
			stability: 'high',
		},
		recommendation: 'flask',
		heading: 'Flask fits your answers better',
	},
	{
		name: 'a balanced profile',
		answers: {
			build: 'both',
			io: 'streaming',
			docs: 'yes',
			validation: 'light',
			team: 'flask-code',
			stability: 'high',
		},
		recommendation: 'either',
		heading: 'Either framework fits',
	},
];

/** The query string the quiz writes for a set of answers: question order, no leading `?`. */
export function queryOf(answers: Record<string, string>): string {
	return ORDER.filter((id) => answers[id] !== undefined)
		.map((id) => `${id}=${answers[id]}`)
		.join('&');
}

export const radio = (page: Page, id: string, value: string) =>
	page.locator(`#quiz-${id}-${value}`);
/** The clickable card around a radio: the label wrapping it. */
export const option = (page: Page, id: string, value: string) =>
	page.locator('label.dq-option', { has: radio(page, id, value) });
export const result = (page: Page) => page.locator('decision-quiz .dq-result');
export const note = (page: Page) => page.locator('decision-quiz .dq-note');

/** Waits until the custom element has taken over the server-rendered markup. */
export async function openQuiz(page: Page, search = ''): Promise<void> {
	await page.goto(`quiz/${search}`);
	await expect(page.locator('decision-quiz')).toHaveAttribute('data-ready', '');
}

export async function expectAnswers(page: Page, answers: Record<string, string>): Promise<void> {
	for (const [id, values] of Object.entries(QUESTIONS)) {
		for (const value of values) {
			const checked = answers[id] === value;
			await expect(
				radio(page, id, value),
				`${id}=${value} should be ${checked ? 'checked' : 'unchecked'}`,
			).toBeChecked({ checked });
		}
	}
}

export async function expectResult(page: Page, profile: Profile): Promise<void> {
	await expect(result(page)).toBeVisible();
	await expect(result(page)).toHaveAttribute('data-recommendation', profile.recommendation);
	await expect(result(page).locator('.dq-heading')).toHaveText(profile.heading);
	await expect(result(page).locator('.dq-summary')).toContainText(/on a scale from/);
	expect(await result(page).locator('.dq-reasons li').count()).toBeGreaterThanOrEqual(3);
}

/** Tabs from the top of the page until the first radio has focus, as a keyboard user would. */
export async function tabToFirstQuestion(page: Page): Promise<void> {
	for (let i = 0; i < 150; i += 1) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => document.activeElement?.id === 'quiz-build-api')) return;
	}
	throw new Error('Tabbing never reached the first question');
}

/** The path of a same-origin URL relative to the base, for `page.goto`. */
export const relative = (href: string) =>
	new URL(href).pathname.slice(BASE.length) + new URL(href).hash;
