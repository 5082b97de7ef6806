/**
 * `<decision-quiz>`: enhances the server-rendered quiz in DecisionQuiz.astro. The markup already
 * holds every question and option, with each radio carrying its weight and reason in data
 * attributes, so this script rebuilds the question list from the page instead of bundling the
 * texts a second time. It scores answers, keeps the URL in step and fills the result panel.
 * Everything taken from the URL reaches the page through `textContent`, never as markup.
 */
import type { DimensionId } from '../data/dimensions';
import type { ComparisonAnchor } from '../data/quiz';
import { quizThresholds } from '../data/quiz';
import {
	describeResult,
	describeWeight,
	parseQuizParams,
	scoreQuiz,
	serializeQuizParams,
	topReasons,
	withBase,
	type QuizAnswers,
	type QuizParseProblem,
	type QuizQuestionShape,
} from '../lib/quiz-core';

/** How many link problems to list before summarising the rest. */
const MAX_PROBLEMS_SHOWN = 5;

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
		const form = this.querySelector('form');
		const panel = this.querySelector<HTMLElement>('.dq-result');
		const heading = this.querySelector<HTMLElement>('.dq-heading');
		const summary = this.querySelector<HTMLElement>('.dq-summary');
		const list = this.querySelector<HTMLElement>('.dq-reasons');
		const why = this.querySelector<HTMLElement>('.dq-why');
		const also = this.querySelector<HTMLElement>('.dq-also');
		const note = this.querySelector<HTMLElement>('.dq-note');
		const share = this.querySelector<HTMLElement>('.dq-share');
		const linkBox = this.querySelector('input.dq-link');
		const status = this.querySelector<HTMLElement>('.dq-status');
		if (!form || !panel || !heading || !summary || !list || !why || !also || !note || !share || !(linkBox instanceof HTMLInputElement) || !status) return;
		this.#started = true;
		const base = this.dataset['base'] ?? '/';
		const radios = Array.from(form.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
		const questions: QuizQuestionShape[] = Array.from(form.querySelectorAll<HTMLElement>('fieldset[data-question]'), (fieldset) => ({
			id: fieldset.dataset['question'] ?? '',
			options: Array.from(fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]'), optionFrom),
		}));

		const currentAnswers = (): QuizAnswers => new Map(radios.filter((r) => r.checked).map((r) => [r.name, r.value]));
		const query = (): string => serializeQuizParams(currentAnswers(), questions);

		const render = (): void => {
			const result = scoreQuiz(currentAnswers(), questions, quizThresholds);
			panel.hidden = result.answered === 0;
			if (panel.hidden) return;
			const words = describeResult(result);
			panel.dataset['recommendation'] = result.recommendation;
			heading.textContent = words.heading;
			summary.textContent = words.summary;
			list.replaceChildren(
				...topReasons(result).map((reason) => {
					const item = el('li');
					const link = el('a', reason.dimensionTitle);
					link.href = withBase(reason.href, base);
					item.dataset['lean'] = reason.leansTo;
					item.append(el('span', describeWeight(reason.weight), 'dq-lean'), ` ${reason.text} `, link);
					return item;
				}),
			);
			why.hidden = list.childElementCount === 0;
			also.hidden = words.alsoConsider === null;
			also.textContent = words.alsoConsider ?? '';
		};

		const showProblems = (problems: readonly QuizParseProblem[]): void => {
			if (problems.length === 0) return;
			const items = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => el('li', p.message));
			if (problems.length > MAX_PROBLEMS_SHOWN) items.push(el('li', `…and ${problems.length - MAX_PROBLEMS_SHOWN} more.`));
			const ul = el('ul');
			ul.append(...items);
			note.replaceChildren(el('p', 'Parts of the link you followed were not understood and were ignored:'), ul);
			note.hidden = false;
		};

		const clearShare = (): void => {
			status.textContent = '';
			share.hidden = true;
		};

		const { answers, problems } = parseQuizParams(location.search, questions);
		form.reset();
		for (const radio of radios) radio.checked = answers.get(radio.name) === radio.value;
		showProblems(problems);
		render();
		this.dataset['ready'] = '';
		// Arriving from a shared link, the result is what the reader came for.
		if (answers.size > 0) heading.focus();

		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('change', () => {
			note.hidden = true;
			clearShare();
			const q = query();
			history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
			// Focus stays on the radio group: moving it would break arrow-key navigation.
			render();
		});

		this.querySelector('.dq-copy')?.addEventListener('click', async () => {
			const url = `${location.origin}${location.pathname}?${query()}`;
			try {
				await navigator.clipboard.writeText(url);
				share.hidden = true;
				status.textContent = 'Link copied.';
			} catch {
				// No clipboard access (insecure origin, denied permission): let the reader copy by hand.
				linkBox.value = url;
				share.hidden = false;
				linkBox.focus();
				linkBox.select();
				status.textContent = 'Could not copy automatically: the link is selected, press Ctrl+C or ⌘C to copy it.';
			}
		});

		this.querySelector('.dq-reset')?.addEventListener('click', () => {
			form.reset();
			note.hidden = true;
			clearShare();
			history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
			render();
			radios[0]?.focus();
		});
	}
}

if (!customElements.get('decision-quiz')) customElements.define('decision-quiz', DecisionQuiz);
