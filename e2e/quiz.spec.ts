import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { BUDGETS } from '../scripts/lib/budgets.ts';
import {
	WCAG_TAGS,
	QUESTIONS,
	ORDER,
	PROFILES,
	queryOf,
	radio,
	option,
	result,
	note,
	openQuiz,
	expectAnswers,
	expectResult,
	tabToFirstQuestion,
	relative,
} from './quiz-helpers';
import { BASE, DIST, expectTheme, useTheme, watchPage } from './site';

/** The quiz's own JavaScript, gzipped, on top of what every Starlight page loads (one budget, scripts/lib/budgets.ts). */
const JS_BUDGET_GZIP = BUDGETS.extraJs['quiz/'] ?? 0;

// The decision quiz at /quiz/: a custom element over server-rendered radios, with its state in the URL.

test.describe('completing the quiz', () => {
	for (const profile of PROFILES) {
		test(`by mouse: ${profile.name} → ${profile.recommendation}`, async ({ page, baseURL }) => {
			const problems = watchPage(page, new URL(baseURL ?? '').origin);
			await openQuiz(page);
			await expect(result(page)).toBeHidden();
			for (const [id, value] of Object.entries(profile.answers)) {
				await option(page, id, value).click();
			}
			await expectAnswers(page, profile.answers);
			await expectResult(page, profile);
			expect(new URL(page.url()).search).toBe(`?${queryOf(profile.answers)}`);
			// Screen readers hear the new result without focus leaving the radio just clicked.
			const live = page.locator('decision-quiz [aria-live="polite"]');
			await expect(live).toContainText(profile.heading);
			const [lastId, lastValue] = Object.entries(profile.answers).at(-1) ?? ['', ''];
			await expect(radio(page, lastId, lastValue)).toBeFocused();
			expect(problems.consoleErrors).toEqual([]);
		});

		test(`by keyboard: ${profile.name} → ${profile.recommendation}`, async ({ page }) => {
			await openQuiz(page);
			await tabToFirstQuestion(page);
			for (const id of ORDER) {
				const value = profile.answers[id];
				if (value !== undefined) {
					const index = QUESTIONS[id]?.indexOf(value) ?? -1;
					expect(index, `${id}=${value}`).toBeGreaterThanOrEqual(0);
					// Tabbing into an unanswered group focuses its first radio: Space picks it, arrows move on and pick.
					if (index === 0) await page.keyboard.press('Space');
					for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
					await expect(radio(page, id, value)).toBeFocused();
				}
				await page.keyboard.press('Tab');
			}
			await expectAnswers(page, profile.answers);
			await expectResult(page, profile);
			expect(new URL(page.url()).search).toBe(`?${queryOf(profile.answers)}`);
		});

		test(`every reason link for ${profile.name} lands on an existing section`, async ({
			page,
			context,
		}) => {
			await openQuiz(page, `?${queryOf(profile.answers)}`);
			const links = result(page).locator('.dq-reasons a');
			const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
			expect(hrefs.length).toBeGreaterThanOrEqual(3);
			const target = await context.newPage();
			for (const href of hrefs) {
				const { hash, pathname } = new URL(href);
				expect(pathname, href).toMatch(new RegExp(`^${BASE}compare/[a-z-]+/$`));
				expect(hash, href).toMatch(/^#[a-z-]+$/);
				// From a blank page, so that two reasons on one page are two real loads.
				await target.goto('about:blank');
				const response = await target.goto(relative(href));
				expect(response?.status(), href).toBe(200);
				await expect(target.locator(hash), href).toHaveCount(1);
				await expect(target.locator(`${hash}`)).toBeInViewport();
			}
			// And a real click follows the first one.
			await links.first().click();
			await expect(page).toHaveURL(hrefs[0] ?? '');
		});
	}
});

test('reloading a result URL restores the answers and the result', async ({ page }) => {
	const [profile] = PROFILES;
	if (!profile) throw new Error('no profile');
	await openQuiz(page, `?${queryOf(profile.answers)}`);
	await expectAnswers(page, profile.answers);
	await expectResult(page, profile);
	// Arriving from a link, focus goes to the result, which is scrolled into view.
	await expect(result(page).locator('.dq-heading')).toBeFocused();
	await expect(result(page).locator('.dq-heading')).toBeInViewport();
	const reasonsBefore = await result(page).locator('.dq-reasons').innerText();

	await page.reload();
	await expect(page.locator('decision-quiz')).toHaveAttribute('data-ready', '');
	await expectAnswers(page, profile.answers);
	await expectResult(page, profile);
	expect(await result(page).locator('.dq-reasons').innerText()).toBe(reasonsBefore);
	await expect(note(page)).toBeHidden();
});

test('a strong answer against the recommendation earns an "also consider" line', async ({
	page,
}) => {
	await openQuiz(page, '?build=api&io=slow-io&docs=yes&team=flask-code');
	await expect(result(page)).toHaveAttribute('data-recommendation', 'fastapi');
	await expect(result(page).locator('.dq-also')).toHaveText(/^Also consider Flask/);
	await expect(result(page).locator('.dq-reasons li[data-lean="flask"]')).toHaveCount(1);
	// Without such an answer, the line goes away.
	await option(page, 'team', 'new').click();
	await expect(result(page).locator('.dq-also')).toBeHidden();
});

test('changing answers updates the URL without adding history entries', async ({ page }) => {
	await page.goto('compare/');
	await openQuiz(page);
	const length = await page.evaluate(() => history.length);
	const steps: Array<[string, string]> = [
		['build', 'api'],
		['io', 'slow-io'],
		['build', 'site'],
		['io', 'quick-db'],
		['team', 'flask-code'],
	];
	const answers: Record<string, string> = {};
	for (const [id, value] of steps) {
		await option(page, id, value).click();
		answers[id] = value;
		await expect(page).toHaveURL((url) => url.search === `?${queryOf(answers)}`);
	}
	expect(await page.evaluate(() => history.length)).toBe(length);
	// Back leaves the quiz in one step instead of replaying every answer.
	await page.goBack();
	await expect(page).toHaveURL(/\/compare\/$/);
});

test('"Copy link" copies the current URL and "Start over" clears everything', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openQuiz(page);
	await option(page, 'build', 'api').click();
	await option(page, 'docs', 'yes').click();
	await expect(page).toHaveURL(/\?build=api&docs=yes$/);

	await result(page).getByRole('button', { name: 'Copy link to this result' }).click();
	await expect(result(page).getByRole('status')).toHaveText('Link copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

	await result(page).getByRole('button', { name: 'Start over' }).click();
	await expectAnswers(page, {});
	await expect(result(page)).toBeHidden();
	expect(new URL(page.url()).search).toBe('');
	await expect(radio(page, 'build', 'api')).toBeFocused();
	// A reload confirms nothing survived.
	await page.reload();
	await expectAnswers(page, {});
	await expect(result(page)).toBeHidden();
});

test.describe('malformed links', () => {
	const payloadKey = encodeURIComponent('"><img src=x onerror=alert(1)>');
	const cases: Array<{
		kind: string;
		search: string;
		kept: Record<string, string>;
		mentions: RegExp;
	}> = [
		{
			kind: 'an unknown question id',
			search: '?build=api&colour=blue',
			kept: { build: 'api' },
			mentions: /Unknown question "colour"/,
		},
		{
			kind: 'an invalid value',
			search: '?build=api&io=warp-speed',
			kept: { build: 'api' },
			mentions: /"warp-speed" is not an answer to question "io"/,
		},
		{
			kind: 'a truncated value',
			search: '?build=api&io=slow-io&docs=ye',
			kept: { build: 'api', io: 'slow-io' },
			mentions: /looks cut off/,
		},
		{
			kind: 'a 5,000-character query',
			search: `?build=site&team=flask-code&pad=${'a'.repeat(5000)}`,
			kept: { build: 'site', team: 'flask-code' },
			mentions: /longer than/,
		},
		{
			kind: 'script-like payloads, raw and encoded',
			search: `?build=<script>alert(1)</script>&io=slow-io&${payloadKey}=1&docs="><img src=x onerror=alert(2)>&types=%3Cscript%3Ealert(3)%3C%2Fscript%3E&ml=yes`,
			kept: { io: 'slow-io', ml: 'yes' },
			mentions: /not an answer to question "build"/,
		},
	];

	for (const { kind, search, kept, mentions } of cases) {
		test(`${kind}: a note, the valid answers kept, nothing inserted`, async ({ page, baseURL }) => {
			const problems = watchPage(page, new URL(baseURL ?? '').origin);
			const dialogs: string[] = [];
			page.on('dialog', async (dialog) => {
				dialogs.push(dialog.message());
				await dialog.dismiss();
			});
			await openQuiz(page);
			const cleanScripts = await page.locator('script').count();

			await openQuiz(page, search);
			await expect(note(page)).toBeVisible();
			await expect(note(page)).toContainText(/not understood/);
			await expect(note(page)).toContainText(mentions);
			await expectAnswers(page, kept);
			await expect(result(page)).toBeVisible();
			// Nothing from the URL became markup.
			await expect(page.locator('img[onerror], [onerror], svg[onload]')).toHaveCount(0);
			await expect(page.locator('decision-quiz img, decision-quiz script')).toHaveCount(0);
			expect(await page.locator('script').count()).toBe(cleanScripts);
			expect(await note(page).innerHTML()).not.toMatch(/<(?!\/?(p|ul|li)\b)/);
			await page.waitForTimeout(200);
			expect(dialogs).toEqual([]);
			expect(problems.consoleErrors).toEqual([]);
		});
	}

	test('tracking parameters are ignored silently', async ({ page }) => {
		await openQuiz(
			page,
			'?utm_source=newsletter&utm_medium=email&build=api&fbclid=IwAR0x&gclid=Cj0x&ref=hn',
		);
		await expectAnswers(page, { build: 'api' });
		await expect(result(page)).toBeVisible();
		await expect(note(page)).toBeHidden();
	});

	test('a link with nothing valid shows the note and no result', async ({ page }) => {
		await openQuiz(page, '?colour=blue&build=nope');
		await expect(note(page)).toBeVisible();
		await expect(note(page)).toBeInViewport();
		await expect(result(page)).toBeHidden();
		await expectAnswers(page, {});
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the questions read as a checklist and the decision table is visible with working links', async ({
		page,
	}) => {
		await page.goto('quiz/');
		await expect(page.locator('.dq-nojs')).toBeVisible();
		await expect(page.locator('decision-quiz fieldset legend')).toHaveCount(ORDER.length);
		for (const id of ORDER)
			await expect(page.locator(`fieldset[data-question="${id}"]`)).toBeVisible();
		await expect(result(page)).toBeHidden();

		const table = page.locator('details.dq-table table');
		await expect(table).toBeVisible();
		const optionCount = Object.values(QUESTIONS).reduce((sum, values) => sum + values.length, 0);
		await expect(table.locator('tbody th[scope="row"]')).toHaveCount(optionCount);
		await expect(table.locator('tbody tr.dq-q')).toHaveCount(ORDER.length);

		const hrefs = [
			...new Set(
				await table.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
			),
		];
		expect(hrefs.length).toBeGreaterThanOrEqual(10);
		for (const href of hrefs) {
			const { hash } = new URL(href);
			expect(hash, href).toMatch(/^#[a-z-]+$/);
			await page.goto('about:blank');
			const response = await page.goto(relative(href));
			expect(response?.status(), href).toBe(200);
			await expect(page.locator(hash), href).toHaveCount(1);
		}
		// And following one by clicking works too.
		await page.goto('quiz/');
		await table.locator('a').first().click();
		await expect(page).toHaveURL(hrefs[0] ?? '');
	});
});

test.describe('accessibility', () => {
	for (const theme of ['light', 'dark'] as const) {
		test(`axe finds nothing before and after a result, in the ${theme} theme`, async ({ page }) => {
			await useTheme(page, theme);
			const scan = async (state: string) => {
				// The quiz's part of the page; e2e/a11y.spec.ts scans whole pages.
				const results = await new AxeBuilder({ page })
					.include('main')
					.withTags(WCAG_TAGS)
					.analyze();
				const summary = results.violations.map(
					(v) =>
						`${state}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
				);
				expect(summary).toEqual([]);
			};

			await openQuiz(page);
			await expectTheme(page, theme);
			await page.locator('details.dq-table summary').click();
			await expect(page.locator('details.dq-table table')).toBeVisible();
			await scan('before answering');

			for (const [id, value] of Object.entries(PROFILES[2]?.answers ?? {}))
				await option(page, id, value).click();
			await expect(result(page)).toBeVisible();
			await scan('with a result');

			await openQuiz(page, '?build=api&io=slo&colour=blue&team=flask-code');
			await expect(note(page)).toBeVisible();
			await scan('with a link note');
		});
	}
});

test.describe('on a 375 px screen', () => {
	test.use({ viewport: { width: 375, height: 740 } });

	test('nothing is wider than the screen', async ({ page }) => {
		const overflow = () =>
			page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		await openQuiz(page);
		await page.locator('details.dq-table summary').click();
		expect(await overflow(), 'empty quiz with the table open').toBeLessThanOrEqual(0);
		await openQuiz(page, `?${queryOf(PROFILES[2]?.answers ?? {})}`);
		expect(await overflow(), 'with a result').toBeLessThanOrEqual(0);
		await openQuiz(page, `?build=api&${'x'.repeat(60)}=1&io=${'y'.repeat(80)}`);
		await expect(note(page)).toBeVisible();
		expect(await overflow(), 'with a long link note').toBeLessThanOrEqual(0);
	});
});

test(`the quiz's own JavaScript is at most ${JS_BUDGET_GZIP} bytes gzipped`, async ({ page }) => {
	/** Every script a page runs: external files (with their imports) and inline scripts. */
	const scriptsOf = async (path: string) => {
		const files = new Set<string>();
		const listener = (request: { resourceType(): string; url(): string }) => {
			if (request.resourceType() === 'script') files.add(new URL(request.url()).pathname);
		};
		page.on('request', listener);
		await page.goto(path, { waitUntil: 'networkidle' });
		page.off('request', listener);
		const inline = await page
			.locator('script:not([src])')
			.evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
		return { files, inline: new Set(inline) };
	};
	const quiz = await scriptsOf('quiz/');
	const other = await scriptsOf('compare/');

	const ownFiles = [...quiz.files].filter((f) => !other.files.has(f));
	const ownInline = [...quiz.inline].filter((s) => !other.inline.has(s));
	expect(ownFiles.length, 'the quiz loads a script of its own').toBeGreaterThan(0);
	const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
	const sizes = ownFiles.map((f) => ({
		file: f,
		bytes: gzip(readFileSync(join(DIST, f.slice(BASE.length)))),
	}));
	const inlineBytes = ownInline.reduce((sum, s) => sum + gzip(s), 0);
	const total = sizes.reduce((sum, s) => sum + s.bytes, 0) + inlineBytes;
	test.info().annotations.push({
		type: 'quiz JS (gzip -9)',
		description: `${total} bytes: ${JSON.stringify(sizes)} + ${inlineBytes} inline`,
	});
	expect(total).toBeLessThanOrEqual(JS_BUDGET_GZIP);
});
