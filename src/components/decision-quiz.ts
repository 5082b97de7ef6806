/**
 * `<decision-quiz>`: enhances the server-rendered quiz in DecisionQuiz.astro. The markup already
 * holds every question and option, with each radio carrying its weight and reason in data
 * attributes, so this script rebuilds the question list from the page instead of bundling the
 * texts a second time. It scores answers, keeps the URL in step and fills the result panel.
 * Everything taken from the URL reaches the page through `textContent`, never as markup.
 */
import type { DimensionId } from '../data/dimensions';
import { copyText } from '../lib/clipboard';
import type { ComparisonAnchor } from '../data/quiz';
import { quizThresholds } from '../data/quiz';
import {
	describeResult,
	describeWeight,
	parseQuizParams,
	scoreQuiz,
	serializeQuizParams,
	signed,
	topReasons,
	withBase,
	type QuizAnswers,
	type QuizParseProblem,
	type QuizQuestionShape,
} from '../lib/quiz-core';

/** How many link problems to list before summarising the rest: the note should stay short. */
const MAX_PROBLEMS_SHOWN = 3;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}

/** The option as DecisionQuiz.astro rendered it from the typed data, hence the casts. */
function optionFrom(radio: HTMLInputElement): QuizQuestionShape['options'][number] {
	const { weight, reason, dimension, anchor } = radio.dataset;
	const option = { value: radio.value, weight: Number(weight) || 0 };
	return reason && dimension && anchor
		? { ...option, reason: { text: reason, dimension: dimension as DimensionId, anchor: anchor as ComparisonAnchor } }
		: option;
}

class DecisionQuiz extends HTMLElement {
	#started = false;

	connectedCallback(): void {
		// Moving the element in the DOM reconnects it; listeners must not be added twice.
		if (this.#started) return;
		const $ = <T extends HTMLElement = HTMLElement>(selector: string): T | null => this.querySelector<T>(selector);
		const form = $('.dq-form');
		const panel = $('.dq-result');
		const heading = $('.dq-heading');
		const summary = $('.dq-summary');
		const list = $('.dq-reasons');
		const why = $('.dq-why');
		const also = $('.dq-also');
		const scale = $('.dq-scale');
		const note = $('.dq-note');
		const share = $('.dq-share');
		const linkBox = $<HTMLInputElement>('input.dq-link');
		const status = $('.dq-status');
		const live = $('.dq-live');
		const empty = $('.dq-empty');
		if (!empty || !form || !panel || !heading || !summary || !list || !why || !also || !scale || !note || !share || !linkBox || !status || !live) return;
		this.#started = true;
		const base = this.dataset['base'] ?? '/';
		const radios = Array.from(form.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
		const questions: QuizQuestionShape[] = Array.from(form.querySelectorAll<HTMLElement>('fieldset[data-question]'), (fieldset) => ({
			id: fieldset.dataset['question'] ?? '',
			options: Array.from(fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]'), optionFrom),
		}));

		const currentAnswers = (): QuizAnswers => new Map(radios.filter((r) => r.checked).map((r) => [r.name, r.value]));
		const query = (): string => serializeQuizParams(currentAnswers(), questions);

		/** Fills the result panel; returns the words for announcing it, or '' when there is no result. */
		const render = (): string => {
			const result = scoreQuiz(currentAnswers(), questions, quizThresholds);
			panel.hidden = result.answered === 0;
			empty.hidden = !panel.hidden;
			if (panel.hidden) return '';
			const words = describeResult(result);
			panel.dataset['recommendation'] = result.recommendation;
			panel.dataset['clarity'] = result.clarity;
			heading.textContent = words.heading;
			summary.textContent = words.summary;
			// The scale is decoration (aria-hidden): the summary says the same in words.
			scale.style.setProperty('--dq-pos', `${50 + result.lean * 50}%`);
			scale.querySelector('.dq-min')?.replaceChildren(`Flask ${signed(result.minScore)}`);
			scale.querySelector('.dq-max')?.replaceChildren(`FastAPI ${signed(result.maxScore)}`);
			list.replaceChildren(
				...topReasons(result).map((reason) => {
					const item = el('li');
					const link = el('a', `${reason.dimensionTitle}: ${reason.sectionTitle}`);
					link.href = withBase(reason.href, base);
					item.dataset['lean'] = reason.leansTo;
					item.append(el('span', describeWeight(reason.weight), 'dq-lean'), el('span', reason.text, 'dq-text'), link);
					return item;
				}),
			);
			why.hidden = list.childElementCount === 0;
			also.hidden = words.alsoConsider === null;
			also.textContent = words.alsoConsider ?? '';
			return `${words.heading}. ${words.summary}`;
		};

		const showProblems = (problems: readonly QuizParseProblem[]): void => {
			if (problems.length === 0) return;
			const items = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => el('li', p.message));
			if (problems.length > MAX_PROBLEMS_SHOWN) items.push(el('li', `…and ${problems.length - MAX_PROBLEMS_SHOWN} more.`));
			const ul = el('ul');
			ul.append(...items);
			note.replaceChildren(el('p', 'Part of the link you followed was not understood and was ignored:', 'dq-note-title'), ul);
			note.hidden = false;
		};

		const clearShare = (): void => {
			status.textContent = '';
			share.hidden = true;
		};

		const setUrl = (q: string): void => {
			// replaceState, not pushState: trying answers must not fill the Back button's history.
			history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
		};

		const { answers, problems } = parseQuizParams(location.search, questions);
		// The URL is the only state: this also undoes any answers the browser restored on its own.
		for (const radio of radios) radio.checked = answers.get(radio.name) === radio.value;
		showProblems(problems);
		render();
		// With the result panel in charge, the decision table becomes reference material.
		const table = $<HTMLDetailsElement>('details.dq-table');
		if (table) table.open = false;
		this.dataset['ready'] = '';
		if (answers.size > 0) {
			// Arriving from a shared link, the result is what the reader came for. A note about the
			// link moves into the panel, so that it is seen rather than left far above.
			panel.prepend(note);
			heading.focus({ preventScroll: true });
			panel.scrollIntoView({ block: 'start' });
		}

		form.addEventListener('change', () => {
			note.hidden = true;
			clearShare();
			setUrl(query());
			// Focus stays on the radio group: moving it would break arrow-key navigation. The live
			// region says what changed instead.
			live.textContent = render();
		});

		$('.dq-copy')?.addEventListener('click', async () => {
			const url = `${location.origin}${location.pathname}?${query()}`;
			if (await copyText(url)) {
				share.hidden = true;
				status.textContent = 'Link copied.';
			} else {
				// No clipboard access (insecure origin, denied permission): let the reader copy by hand.
				linkBox.value = url;
				share.hidden = false;
				linkBox.focus();
				linkBox.select();
				status.textContent = 'Could not copy automatically: the link is selected, press Ctrl+C or ⌘C to copy it.';
			}
		});

		$('.dq-reset')?.addEventListener('click', () => {
			for (const radio of radios) radio.checked = false;
			note.hidden = true;
			clearShare();
			setUrl('');
			render();
			live.textContent = 'Answers cleared.';
			radios[0]?.focus();
		});
	}
}

if (!customElements.get('decision-quiz')) customElements.define('decision-quiz', DecisionQuiz);
