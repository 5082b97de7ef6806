/**
 * `<decision-quiz>` on the real server-rendered markup: DecisionQuiz.astro rendered by Astro's
 * Container API, then run by the element in happy-dom. What a reader does (answer, share, reload,
 * follow a broken link, start over) and what the element must never do (add listeners twice, put
 * URL text into markup).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import DecisionQuiz from '../../components/DecisionQuiz.astro';
import { quizLabels, quizQuestions, quizThresholds } from '../../data/quiz';
import { scoreQuiz, topReasons } from '../../lib/quiz/scoring';
import { describeResult } from '../../lib/quiz/wording';
import { defineDecisionQuiz } from '../decision-quiz';

let markup = '';

beforeAll(async () => {
	const container = await AstroContainer.create();
	markup = await container.renderToString(DecisionQuiz);
	defineDecisionQuiz();
});

afterEach(() => {
	document.body.replaceChildren();
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
	Reflect.deleteProperty(document, 'execCommand');
});

/** The legacy copy command `copyText` falls back to (happy-dom has none), answering `copied`. */
function stubCopyCommand(copied: boolean) {
	const execCommand = vi.fn(() => copied);
	Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
	return execCommand;
}

/**
 * Opens the quiz page at `search` as a browser would: the URL first, then the markup, whose
 * insertion runs the element. `edit` may change the markup before that, as a different build would.
 */
function openQuiz(search = '', edit?: (quiz: HTMLElement) => void): HTMLElement {
	history.replaceState(null, '', `/quiz/${search}`);
	const template = document.createElement('template');
	template.innerHTML = markup;
	const quiz = template.content.querySelector<HTMLElement>('decision-quiz');
	if (!quiz) throw new Error('DecisionQuiz.astro rendered no <decision-quiz>');
	edit?.(quiz);
	document.body.append(quiz);
	return quiz;
}

function part<T extends HTMLElement = HTMLElement>(quiz: HTMLElement, selector: string): T {
	const found = quiz.querySelector<T>(selector);
	if (!found) throw new Error(`no ${selector} in the quiz`);
	return found;
}

const radio = (quiz: HTMLElement, id: string, value: string) =>
	part<HTMLInputElement>(quiz, `#quiz-${id}-${value}`);
const checked = (quiz: HTMLElement) =>
	Object.fromEntries(
		Array.from(quiz.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked'), (r) => [
			r.name,
			r.value,
		]),
	);
const reasons = (quiz: HTMLElement) =>
	Array.from(quiz.querySelectorAll('.dq-reasons li'), (li) => ({
		text: li.querySelector('.dq-text')?.textContent,
		link: li.querySelector('a')?.textContent,
		href: li.querySelector('a')?.getAttribute('href'),
	}));

/** Picks answers by clicking their radios, as a reader does. */
function answer(quiz: HTMLElement, answers: Record<string, string>): void {
	for (const [id, value] of Object.entries(answers)) radio(quiz, id, value).click();
}

const fastApiProfile = { build: 'api', io: 'slow-io', docs: 'yes' };
const tieProfile = {
	build: 'both',
	io: 'streaming',
	docs: 'yes',
	validation: 'light',
	team: 'flask-code',
	stability: 'high',
};

describe('answering', () => {
	it('starts empty: the result panel hidden, the decision table closed, the element ready', () => {
		const quiz = openQuiz();
		expect(quiz.hasAttribute('data-ready')).toBe(true);
		expect(part(quiz, '.dq-result').hidden).toBe(true);
		expect(part(quiz, '.dq-empty').hidden).toBe(false);
		expect(part<HTMLDetailsElement>(quiz, 'details.dq-table').open).toBe(false);
		expect(checked(quiz)).toEqual({});
	});

	it('shows the result, announces it and writes the answers into the URL', () => {
		const quiz = openQuiz();
		answer(quiz, fastApiProfile);
		const panel = part(quiz, '.dq-result');
		expect(panel.hidden).toBe(false);
		expect(part(quiz, '.dq-empty').hidden).toBe(true);
		expect(panel.dataset['recommendation']).toBe('fastapi');
		expect(part(quiz, '.dq-heading').textContent).toBe('FastAPI fits your answers better');
		expect(part(quiz, '.dq-live').textContent).toMatch(
			/^FastAPI fits your answers better\. A clear lean toward FastAPI/,
		);
		expect(location.search).toBe('?build=api&io=slow-io&docs=yes');
		// Reason links name the page and section from the markup's data attributes, under the base path.
		expect(reasons(quiz)[0]).toEqual({
			text: expect.stringMatching(/\.$/),
			link: expect.stringMatching(/^[A-Z][^:]+: [A-Z]/),
			href: expect.stringMatching(/^\/compare\/[a-z-]+\/#[a-z-]+$/),
		});
	});

	it.each([
		['FastAPI', fastApiProfile],
		['a tie', tieProfile],
		['Flask', { build: 'site', team: 'flask-code', validation: 'forms' }],
	])('for %s, shows what the site data scores, rebuilt from the markup alone', (_name, answers) => {
		const quiz = openQuiz();
		answer(quiz, answers);
		const expected = scoreQuiz(
			new Map(Object.entries(answers)),
			quizQuestions,
			quizThresholds,
			quizLabels,
		);
		const words = describeResult(expected);
		expect(part(quiz, '.dq-heading').textContent).toBe(words.heading);
		expect(part(quiz, '.dq-summary').textContent).toBe(words.summary);
		expect(part(quiz, '.dq-also').textContent).toBe(words.alsoConsider ?? '');
		expect(part(quiz, '.dq-also').hidden).toBe(words.alsoConsider === null);
		expect(reasons(quiz)).toEqual(
			topReasons(expected).map((r) => ({
				text: r.text,
				link: `${r.dimensionTitle}: ${r.sectionTitle}`,
				href: r.href,
			})),
		);
	});

	it('puts the base path in front of reason links', () => {
		const quiz = openQuiz('', (q) => (q.dataset['base'] = '/flask-vs-fastapi/'));
		answer(quiz, fastApiProfile);
		const hrefs = reasons(quiz).map((r) => r.href);
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs)
			expect(href).toMatch(/^\/flask-vs-fastapi\/compare\/[a-z-]+\/#[a-z-]+$/);
	});
});

describe('restoring from the URL', () => {
	it('a shared link restores the answers and the same result, with focus on it', () => {
		const first = openQuiz();
		answer(first, tieProfile);
		const link = location.search;
		const before = { heading: part(first, '.dq-heading').textContent, reasons: reasons(first) };
		document.body.replaceChildren();

		const quiz = openQuiz(link);
		expect(checked(quiz)).toEqual(tieProfile);
		expect(part(quiz, '.dq-result').hidden).toBe(false);
		expect({ heading: part(quiz, '.dq-heading').textContent, reasons: reasons(quiz) }).toEqual(
			before,
		);
		expect(document.activeElement).toBe(part(quiz, '.dq-heading'));
		expect(part(quiz, '.dq-note').hidden).toBe(true);
	});

	it('undoes answers the browser restored on its own that the URL does not carry', () => {
		const quiz = openQuiz('?build=api', (q) => {
			q.querySelector<HTMLInputElement>('#quiz-io-blocking')?.setAttribute('checked', '');
		});
		expect(checked(quiz)).toEqual({ build: 'api' });
	});

	it('ignores tracking parameters without a note', () => {
		const quiz = openQuiz('?utm_source=newsletter&build=api&fbclid=x');
		expect(checked(quiz)).toEqual({ build: 'api' });
		expect(part(quiz, '.dq-note').hidden).toBe(true);
	});
});

describe('a link that is partly not understood', () => {
	const cases = [
		[
			'malformed percent-encoding',
			'?build=%E0%A4%A&io=slow-io',
			{ io: 'slow-io' },
			/"build" has broken percent-encoding/,
		],
		[
			'an unknown question',
			'?colour=blue&build=api',
			{ build: 'api' },
			/Unknown question "colour"/,
		],
		[
			'a cut-off value',
			'?build=api&io=slow-io&docs=ye',
			{ build: 'api', io: 'slow-io' },
			/looks cut off/,
		],
		[
			'a query that is too long',
			`?build=site&team=flask-code&pad=${'a'.repeat(5000)}`,
			{ build: 'site', team: 'flask-code' },
			/longer than 2000/,
		],
	] as const;

	it.each(cases)(
		'%s: keeps the valid answers and shows a note inside the result',
		(_kind, search, kept, message) => {
			const quiz = openQuiz(search);
			const note = part(quiz, '.dq-note');
			expect(checked(quiz)).toEqual(kept);
			expect(note.hidden).toBe(false);
			expect(note.textContent).toMatch(/not understood/);
			expect(note.textContent).toMatch(message);
			// Seen with the result it concerns rather than left far above it.
			expect(part(quiz, '.dq-result').firstElementChild).toBe(note);
		},
	);

	it('turns markup in the link into text, never into elements', () => {
		const quiz = openQuiz(
			`?build=<img src=x onerror=alert(1)>&${encodeURIComponent('<script>x</script>')}=1&io=slow-io`,
		);
		const note = part(quiz, '.dq-note');
		expect(note.textContent).toMatch(/not an answer to question "build"/);
		expect(quiz.querySelectorAll('img, script, [onerror]')).toHaveLength(0);
		expect(note.innerHTML).not.toMatch(/<(?!\/?(p|ul|li)\b)/);
	});

	it('lists three problems and counts the rest', () => {
		const quiz = openQuiz('?a=1&b=2&c=3&d=4&e=5');
		const items = Array.from(quiz.querySelectorAll('.dq-note li'), (li) => li.textContent);
		expect(items).toEqual([
			'Unknown question "a" was ignored.',
			'Unknown question "b" was ignored.',
			'Unknown question "c" was ignored.',
			'…and 2 more.',
		]);
	});

	it('with nothing valid, shows the note and no result; the next answer hides the note', () => {
		const quiz = openQuiz('?colour=blue&build=nope');
		expect(part(quiz, '.dq-note').hidden).toBe(false);
		expect(part(quiz, '.dq-result').hidden).toBe(true);
		answer(quiz, { build: 'api' });
		expect(part(quiz, '.dq-note').hidden).toBe(true);
		expect(location.search).toBe('?build=api');
	});
});

describe('re-entry', () => {
	it('moving the element in the page adds no second set of listeners', () => {
		const quiz = openQuiz();
		const elsewhere = document.createElement('div');
		document.body.append(elsewhere);
		elsewhere.append(quiz);
		document.body.append(quiz);
		expect(quiz.isConnected).toBe(true);

		const replaceState = vi.spyOn(history, 'replaceState');
		answer(quiz, { build: 'api' });
		expect(replaceState).toHaveBeenCalledTimes(1);

		const writeText = vi.fn(async () => {});
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		part(quiz, '.dq-copy').click();
		expect(writeText).toHaveBeenCalledTimes(1);
	});

	it('leaves the static quiz alone when the markup lacks the thresholds', () => {
		const quiz = openQuiz('?build=api', (q) =>
			q.setAttribute('data-thresholds', '{"eitherMargin":1}'),
		);
		expect(quiz.hasAttribute('data-ready')).toBe(false);
		expect(part<HTMLDetailsElement>(quiz, 'details.dq-table').open).toBe(true);
		expect(part(quiz, '.dq-result').hidden).toBe(true);
	});
});

describe('start over', () => {
	it('clears the answers, the result, the URL and the share box, and returns focus to the first question', async () => {
		const quiz = openQuiz('?colour=blue&build=api&io=slow-io');
		vi.stubGlobal('navigator', { clipboard: undefined });
		stubCopyCommand(false);
		part(quiz, '.dq-copy').click();
		await vi.waitFor(() => expect(part(quiz, '.dq-share').hidden).toBe(false));

		part(quiz, '.dq-reset').click();
		expect(checked(quiz)).toEqual({});
		expect(part(quiz, '.dq-result').hidden).toBe(true);
		expect(part(quiz, '.dq-empty').hidden).toBe(false);
		expect(part(quiz, '.dq-note').hidden).toBe(true);
		expect(part(quiz, '.dq-share').hidden).toBe(true);
		expect(part(quiz, '.dq-status').textContent).toBe('');
		expect(location.search).toBe('');
		expect(part(quiz, '.dq-live').textContent).toBe('Answers cleared.');
		expect(document.activeElement).toBe(radio(quiz, 'build', 'api'));
	});
});

describe('copy link', () => {
	const url = () => `${location.origin}/quiz/?build=api&docs=yes`;

	it('copies the link to the current answers through the Clipboard API', async () => {
		const quiz = openQuiz();
		answer(quiz, { build: 'api', docs: 'yes' });
		const writeText = vi.fn(async () => {});
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		part(quiz, '.dq-copy').click();
		await vi.waitFor(() => expect(part(quiz, '.dq-status').textContent).toBe('Link copied.'));
		expect(writeText).toHaveBeenCalledWith(url());
		expect(part(quiz, '.dq-share').hidden).toBe(true);
	});

	it('without a clipboard, shows the link selected in a box with how to copy it', async () => {
		const quiz = openQuiz();
		answer(quiz, { build: 'api', docs: 'yes' });
		vi.stubGlobal('navigator', { clipboard: undefined });
		stubCopyCommand(false);
		part(quiz, '.dq-copy').click();
		const box = part<HTMLInputElement>(quiz, 'input.dq-link');
		await vi.waitFor(() => expect(part(quiz, '.dq-share').hidden).toBe(false));
		expect(box.value).toBe(url());
		expect(document.activeElement).toBe(box);
		expect(part(quiz, '.dq-status').textContent).toMatch(
			/^Could not copy automatically: the link is selected/,
		);
		// The next answer makes that link stale, so the box goes away.
		answer(quiz, { io: 'slow-io' });
		expect(part(quiz, '.dq-share').hidden).toBe(true);
		expect(part(quiz, '.dq-status').textContent).toBe('');
	});

	it('falls back to the copy command when the Clipboard API refuses', async () => {
		const quiz = openQuiz('?build=api&docs=yes');
		vi.stubGlobal('navigator', {
			clipboard: { writeText: async () => Promise.reject(new Error('NotAllowedError')) },
		});
		const execCommand = stubCopyCommand(true);
		part(quiz, '.dq-copy').click();
		await vi.waitFor(() => expect(part(quiz, '.dq-status').textContent).toBe('Link copied.'));
		expect(execCommand).toHaveBeenCalledWith('copy');
		expect(part(quiz, '.dq-share').hidden).toBe(true);
	});
});
