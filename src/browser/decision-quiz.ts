/**
 * `<decision-quiz>`: enhances the server-rendered quiz in DecisionQuiz.astro. The markup already
 * holds every question and option, with each radio carrying its weight, its reason and the titles
 * the reason links under in data attributes, and the root element carrying the scoring thresholds,
 * so this element rebuilds everything from the page instead of bundling the texts a second time.
 * It scores answers, keeps the URL in step and fills the result panel. Everything taken from the
 * URL reaches the page through `textContent`, never as markup.
 */
import type { DimensionId } from '../data/dimensions';
import type { ComparisonAnchor, QuizLabels, QuizThresholds } from '../data/quiz';
import {
	scoreQuiz,
	topReasons,
	type QuizAnswers,
	type QuizQuestionShape,
	type QuizReasonResult,
} from '../lib/quiz/scoring';
import { parseQuizParams, serializeQuizParams, type QuizParseProblem } from '../lib/quiz/url-state';
import { describeResult, describeWeight, reasonLinkText, signed } from '../lib/quiz/wording';
import { withBase } from '../lib/urls';
import { copyText } from './clipboard';

/** How many link problems to list before summarising the rest: the note should stay short. */
const MAX_PROBLEMS_SHOWN = 3;

/** The server-rendered parts the element fills in or listens to, by the selector that finds each. */
const PART_SELECTORS = {
	form: '.dq-form',
	note: '.dq-note',
	live: '.dq-live',
	empty: '.dq-empty',
	panel: '.dq-result',
	heading: '.dq-heading',
	scale: '.dq-scale',
	summary: '.dq-summary',
	also: '.dq-also',
	why: '.dq-why',
	reasons: '.dq-reasons',
	copy: '.dq-copy',
	reset: '.dq-reset',
	status: '.dq-status',
	share: '.dq-share',
	linkBox: 'input.dq-link',
} as const;

type QuizParts = Record<Exclude<keyof typeof PART_SELECTORS, 'linkBox'>, HTMLElement> & {
	linkBox: HTMLInputElement;
};

const THRESHOLD_KEYS = ['eitherMargin', 'closeRatio', 'clearRatio', 'counterWeight'] as const;

function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	className?: string,
): HTMLElementTagNameMap[K] {
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
		? {
				...option,
				reason: {
					text: reason,
					dimension: dimension as DimensionId,
					anchor: anchor as ComparisonAnchor,
				},
			}
		: option;
}

/** The thresholds DecisionQuiz.astro rendered as JSON, or null when any of them is missing. */
function thresholdsFrom(json: string | undefined): QuizThresholds | null {
	try {
		const parsed: unknown = JSON.parse(json ?? '');
		const values =
			typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
		return THRESHOLD_KEYS.every((key) => typeof values[key] === 'number')
			? (values as unknown as QuizThresholds)
			: null;
	} catch {
		return null;
	}
}

export class DecisionQuiz extends HTMLElement {
	#started = false;
	#parts!: QuizParts;
	#thresholds!: QuizThresholds;
	#radios: HTMLInputElement[] = [];
	#questions: QuizQuestionShape[] = [];
	#labels: QuizLabels = { dimensions: new Map(), sections: new Map() };

	connectedCallback(): void {
		// Moving the element in the DOM reconnects it; listeners must not be added twice.
		if (this.#started) return;
		const parts = this.#findParts();
		const thresholds = thresholdsFrom(this.dataset['thresholds']);
		if (!parts || !thresholds) return;
		this.#started = true;
		this.#parts = parts;
		this.#thresholds = thresholds;
		this.#readQuestions();
		this.#restoreFromUrl();
		parts.form.addEventListener('change', () => this.#answerChanged());
		parts.copy.addEventListener('click', () => void this.#copyLink());
		parts.reset.addEventListener('click', () => this.#reset());
	}

	/** Every part the element needs, or null when the markup lacks one (then the page stays static). */
	#findParts(): QuizParts | null {
		const found: Record<string, Element | null> = {};
		for (const [name, selector] of Object.entries(PART_SELECTORS))
			found[name] = this.querySelector(selector);
		const all = Object.values(found).every((part) => part instanceof HTMLElement);
		return all && found['linkBox'] instanceof HTMLInputElement
			? (found as unknown as QuizParts)
			: null;
	}

	/** Rebuilds the questions, and the titles their reasons link under, from the radios' data attributes. */
	#readQuestions(): void {
		const { form } = this.#parts;
		this.#radios = Array.from(form.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
		this.#questions = Array.from(
			form.querySelectorAll<HTMLElement>('fieldset[data-question]'),
			(fieldset) => ({
				id: fieldset.dataset['question'] ?? '',
				options: Array.from(
					fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
					optionFrom,
				),
			}),
		);
		const dimensions = new Map<string, string>();
		const sections = new Map<string, string>();
		for (const { dataset } of this.#radios) {
			const { dimension, dimensionTitle, anchor, sectionTitle } = dataset;
			if (dimension && dimensionTitle) dimensions.set(dimension, dimensionTitle);
			if (anchor && sectionTitle) sections.set(anchor, sectionTitle);
		}
		this.#labels = { dimensions, sections };
	}

	/** The URL is the only state: this also undoes any answers the browser restored on its own. */
	#restoreFromUrl(): void {
		const { panel, note, heading } = this.#parts;
		const { answers, problems } = parseQuizParams(location.search, this.#questions);
		for (const radio of this.#radios) radio.checked = answers.get(radio.name) === radio.value;
		this.#showProblems(problems);
		this.#render();
		// With the result panel in charge, the decision table becomes reference material.
		const table = this.querySelector<HTMLDetailsElement>('details.dq-table');
		if (table) table.open = false;
		this.dataset['ready'] = '';
		if (answers.size > 0) {
			// Arriving from a shared link, the result is what the reader came for. A note about the
			// link moves into the panel, so that it is seen rather than left far above.
			panel.prepend(note);
			heading.focus({ preventScroll: true });
			panel.scrollIntoView({ block: 'start' });
		}
	}

	#answers(): QuizAnswers {
		return new Map(this.#radios.filter((r) => r.checked).map((r) => [r.name, r.value]));
	}

	#query(): string {
		return serializeQuizParams(this.#answers(), this.#questions);
	}

	/** Fills the result panel; returns the words for announcing it, or '' when there is no result. */
	#render(): string {
		const { panel, empty, heading, summary, scale, reasons, why, also } = this.#parts;
		const result = scoreQuiz(this.#answers(), this.#questions, this.#thresholds, this.#labels);
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
		reasons.replaceChildren(...topReasons(result).map((reason) => this.#reasonItem(reason)));
		why.hidden = reasons.childElementCount === 0;
		also.hidden = words.alsoConsider === null;
		also.textContent = words.alsoConsider ?? '';
		return `${words.heading}. ${words.summary}`;
	}

	#reasonItem(reason: QuizReasonResult): HTMLLIElement {
		const item = el('li');
		const link = el('a', reasonLinkText(reason));
		link.href = withBase(reason.href, this.dataset['base'] ?? '/');
		item.dataset['lean'] = reason.leansTo;
		item.append(
			el('span', describeWeight(reason.weight), 'dq-lean'),
			el('span', reason.text, 'dq-text'),
			link,
		);
		return item;
	}

	#showProblems(problems: readonly QuizParseProblem[]): void {
		if (problems.length === 0) return;
		const { note } = this.#parts;
		const items = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => el('li', p.message));
		if (problems.length > MAX_PROBLEMS_SHOWN)
			items.push(el('li', `…and ${problems.length - MAX_PROBLEMS_SHOWN} more.`));
		const list = el('ul');
		list.append(...items);
		note.replaceChildren(
			el('p', 'Part of the link you followed was not understood and was ignored:', 'dq-note-title'),
			list,
		);
		note.hidden = false;
	}

	#answerChanged(): void {
		this.#parts.note.hidden = true;
		this.#clearShare();
		this.#setUrl(this.#query());
		// Focus stays on the radio group: moving it would break arrow-key navigation. The live
		// region says what changed instead.
		this.#parts.live.textContent = this.#render();
	}

	#setUrl(query: string): void {
		// replaceState, not pushState: trying answers must not fill the Back button's history.
		history.replaceState(
			history.state,
			'',
			`${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
		);
	}

	#clearShare(): void {
		this.#parts.status.textContent = '';
		this.#parts.share.hidden = true;
	}

	async #copyLink(): Promise<void> {
		const { share, status, linkBox } = this.#parts;
		const url = `${location.origin}${location.pathname}?${this.#query()}`;
		if (await copyText(url)) {
			share.hidden = true;
			status.textContent = 'Link copied.';
		} else {
			// No clipboard access (insecure origin, denied permission): let the reader copy by hand.
			linkBox.value = url;
			share.hidden = false;
			linkBox.focus();
			linkBox.select();
			status.textContent =
				'Could not copy automatically: the link is selected, press Ctrl+C or ⌘C to copy it.';
		}
	}

	#reset(): void {
		for (const radio of this.#radios) radio.checked = false;
		this.#parts.note.hidden = true;
		this.#clearShare();
		this.#setUrl('');
		this.#render();
		this.#parts.live.textContent = 'Answers cleared.';
		this.#radios[0]?.focus();
	}
}

/** Registers `<decision-quiz>` once, however many times the module is loaded. */
export function defineDecisionQuiz(): void {
	if (!customElements.get('decision-quiz')) customElements.define('decision-quiz', DecisionQuiz);
}
