/**
 * The decision quiz's scoring and URL state, with the question list as a required argument.
 * Use `./quiz` (which fills in the site's questions) everywhere except the browser script: that
 * script rebuilds the questions from the server-rendered markup, and importing the question data
 * here would ship every label and prompt to the browser a second time.
 *
 * Pure functions only: nothing here may import Astro or touch the DOM.
 */
import { dimensions, type DimensionId } from '../data/dimensions';
import { comparisonAnchorTitles, type ComparisonAnchor, type QuizOption, type QuizThresholds } from '../data/quiz';

export { withBase } from './urls';

/**
 * Answers keyed by question id, valued by option value. A `Map` rather than a plain object, because
 * keys come from URLs and a record would let `__proto__` or `constructor` collide with
 * `Object.prototype`; a Map also keeps a defined order.
 */
export type QuizAnswers = ReadonlyMap<string, string>;

/**
 * The parts of a question the logic reads. `QuizQuestion` fits it, and so does a question the
 * browser rebuilds from the markup without labels or prompts.
 */
export interface QuizQuestionShape {
	readonly id: string;
	readonly options: readonly Pick<QuizOption, 'value' | 'weight' | 'reason'>[];
}

export type Framework = 'flask' | 'fastapi';
export type Recommendation = Framework | 'either';
export type Clarity = 'clear' | 'leaning' | 'close';
export type Lean = Framework | 'neutral';

export interface QuizReasonResult {
	readonly questionId: string;
	readonly text: string;
	readonly dimension: DimensionId;
	readonly dimensionTitle: string;
	readonly anchor: ComparisonAnchor;
	/** The heading the anchor belongs to ("How Flask does it"). */
	readonly sectionTitle: string;
	/** Root-relative, without the base path: pass it through `withBase` before rendering. */
	readonly href: string;
	readonly weight: number;
	readonly leansTo: Lean;
}

export interface QuizResult {
	readonly recommendation: Recommendation;
	readonly clarity: Clarity;
	/** Sum of the answered weights: negative toward Flask, positive toward FastAPI. */
	readonly score: number;
	/** The highest score the answered questions could reach (toward FastAPI); 0 or more. */
	readonly maxScore: number;
	/** The lowest score the answered questions could reach (toward Flask); 0 or less. */
	readonly minScore: number;
	/**
	 * How far the score goes toward its side: the score divided by `maxScore` when positive, by
	 * `-minScore` when negative, so -1 (all the way to Flask) … 0 … 1 (all the way to FastAPI).
	 */
	readonly lean: number;
	readonly answered: number;
	readonly total: number;
	/** Strongest first; neutral reasons last. */
	readonly reasons: readonly QuizReasonResult[];
	readonly alsoConsider: Framework | null;
}

const dimensionTitles = new Map<string, string>(dimensions.map((d) => [d.id, d.title]));

/** `/compare/<dimension>/#<anchor>`, root-relative. */
export function reasonHref(dimension: DimensionId, anchor: ComparisonAnchor): string {
	return `/compare/${dimension}/#${anchor}`;
}

/** Which way a weight points. */
export function leanOf(weight: number): Lean {
	return weight < 0 ? 'flask' : weight > 0 ? 'fastapi' : 'neutral';
}

/**
 * Scores a set of answers. Answers to unknown questions or with unknown values are skipped, not
 * counted, so a stale link degrades to fewer answers instead of an error.
 *
 * `either` means the score is within `eitherMargin` of zero or its `lean` is below `closeRatio`;
 * otherwise the sign picks the framework, and `clearRatio` separates `clear` from `leaning`. The
 * lean is measured against the side the score points to, because the questions offer more points
 * toward FastAPI than toward Flask: against a symmetric maximum, an all-Flask profile could never
 * look as clear-cut as an all-FastAPI one. Both reachable ends depend only on which questions are
 * answered, so switching one answer to a higher weight can only move the result toward FastAPI.
 */
export function scoreQuiz(answers: QuizAnswers, questions: readonly QuizQuestionShape[], thresholds: QuizThresholds): QuizResult {
	let score = 0;
	let maxScore = 0;
	let minScore = 0;
	let answered = 0;
	const reasons: QuizReasonResult[] = [];
	for (const question of questions) {
		const value = answers.get(question.id);
		const option = question.options.find((o) => o.value === value);
		if (value === undefined || !option) continue;
		answered += 1;
		score += option.weight;
		const weights = question.options.map((o) => o.weight);
		maxScore += Math.max(0, ...weights);
		minScore += Math.min(0, ...weights);
		if (option.reason) {
			const { text, dimension, anchor } = option.reason;
			reasons.push({
				questionId: question.id,
				text,
				dimension,
				dimensionTitle: dimensionTitles.get(dimension) ?? dimension,
				anchor,
				sectionTitle: comparisonAnchorTitles[anchor] ?? anchor,
				href: reasonHref(dimension, anchor),
				weight: option.weight,
				leansTo: leanOf(option.weight),
			});
		}
	}
	// Array#sort is stable, so equal weights keep question order.
	reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));

	const magnitude = Math.abs(score);
	const reach = score > 0 ? maxScore : -minScore;
	const ratio = reach === 0 ? 0 : magnitude / reach;
	const lean = score < 0 ? -ratio : ratio;
	const close = magnitude <= thresholds.eitherMargin || ratio < thresholds.closeRatio;
	const recommendation: Recommendation = close ? 'either' : score > 0 ? 'fastapi' : 'flask';
	const clarity: Clarity = close ? 'close' : ratio >= thresholds.clearRatio ? 'clear' : 'leaning';

	let alsoConsider: Framework | null = null;
	if (recommendation !== 'either') {
		const other: Framework = recommendation === 'flask' ? 'fastapi' : 'flask';
		const strongCounter = reasons.some((r) => r.leansTo === other && Math.abs(r.weight) >= thresholds.counterWeight);
		if (clarity === 'leaning' || strongCounter) alsoConsider = other;
	}

	return { recommendation, clarity, score, maxScore, minScore, lean, answered, total: questions.length, reasons, alsoConsider };
}

/**
 * The reasons to show first. For an `either` result the strongest reason of each side is kept
 * even when one side has more strong reasons, because a tie explained by one side only misleads.
 */
export function topReasons(result: QuizResult, limit = 5): readonly QuizReasonResult[] {
	const top = result.reasons.slice(0, limit);
	if (result.recommendation !== 'either' || limit < 2) return top;
	for (const side of ['flask', 'fastapi'] as const) {
		if (top.some((r) => r.leansTo === side)) continue;
		const best = result.reasons.find((r) => r.leansTo === side);
		if (!best) continue;
		// Replace the weakest reason that is not the only one of the other side.
		for (let i = top.length - 1; i >= 0; i -= 1) {
			const candidate = top[i];
			if (candidate && (candidate.leansTo === 'neutral' || top.filter((r) => r.leansTo === candidate.leansTo).length > 1)) {
				top.splice(i, 1);
				break;
			}
		}
		top.push(best);
		top.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
	}
	return top.slice(0, limit);
}

export const frameworkNames: Readonly<Record<Framework, string>> = { flask: 'Flask', fastapi: 'FastAPI' };

/** "+3", "−2" (with a real minus sign), "0". */
export function signed(n: number): string {
	return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}

/** Short label for the direction of one option, used by the result list and the static table. */
export function describeWeight(weight: number): string {
	const lean = leanOf(weight);
	return lean === 'neutral' ? 'Neutral' : `Toward ${frameworkNames[lean]} (${signed(weight)})`;
}

/** The words shown for a result, kept here so the static page and the script cannot disagree. */
export function describeResult(result: QuizResult): { heading: string; summary: string; alsoConsider: string | null } {
	const { recommendation, clarity, score, maxScore, minScore, answered, total } = result;
	if (answered === 0) {
		return { heading: 'No answers yet', summary: 'Answer any question to see which framework your answers point to.', alsoConsider: null };
	}
	const scale = `your answers score ${signed(score)} on a scale from ${signed(minScore)} (Flask) to ${signed(maxScore)} (FastAPI)`;
	const coverage = answered < total ? ` Based on ${answered} of ${total} questions.` : '';
	if (recommendation === 'either') {
		return {
			heading: 'Either framework fits',
			summary: `Too close to call: ${scale}, so the factors on each side roughly cancel out. ${
				result.reasons.length > 0 ? 'Decide on the reasons below that matter most to your project.' : 'Answer more questions to tip the balance.'
			}${coverage}`,
			alsoConsider: null,
		};
	}
	const name = frameworkNames[recommendation];
	const strength = clarity === 'clear' ? 'A clear lean' : 'A moderate lean';
	let also: string | null = null;
	if (result.alsoConsider) {
		const other = frameworkNames[result.alsoConsider];
		also =
			clarity === 'leaning'
				? `Also consider ${other}: the lean is moderate, so read the comparisons that point the other way.`
				: `Also consider ${other}: at least one of your answers points strongly toward it.`;
	}
	return { heading: `${name} fits your answers better`, summary: `${strength} toward ${name}: ${scale}.${coverage}`, alsoConsider: also };
}

// ---------------------------------------------------------------------------------------------
// URL state

export type QuizParseProblemKind = 'unknown-question' | 'invalid-value' | 'duplicate' | 'too-long' | 'malformed';

export interface QuizParseProblem {
	readonly kind: QuizParseProblemKind;
	/** The offending parameter name, shortened and stripped of markup characters; '' for the whole query. */
	readonly key: string;
	/** Plain English, safe to put in `textContent`; never contains HTML. */
	readonly message: string;
}

export interface QuizParseResult {
	/** Valid answers only, in question order. */
	readonly answers: QuizAnswers;
	readonly problems: readonly QuizParseProblem[];
}

/** Caps on what a link may carry; real quiz links are well under 200 characters. */
export const quizParamLimits = {
	maxQueryLength: 2000,
	maxKeyLength: 64,
	maxValueLength: 64,
	/** How much of a user-supplied string a message may repeat. */
	echoLength: 40,
} as const;

/**
 * Parameters that link shorteners, newsletters and ad platforms append to any link. They are not
 * meant for the page, so they are skipped without a note.
 */
const trackingParam = /^(?:utm_[a-z0-9_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_[ce]id|igshid|_ga|_gl|ref)$/i;

/** Whether a parameter name is a common tracking parameter that the quiz ignores silently. */
export function isTrackingParam(name: string): boolean {
	return trackingParam.test(name);
}

/**
 * Makes user input safe and short enough to quote: anything outside letters, digits and common
 * URL punctuation (notably `<`, `>`, quotes, `&` and control characters) becomes `?`.
 */
function echo(input: string): string {
	const chars = Array.from(input);
	const clipped = chars.slice(0, quizParamLimits.echoLength).join('');
	const safe = clipped.replace(/[^\p{L}\p{N} !#$%()*+,\-./:;=?@[\]^_{|}~]/gu, '?');
	return chars.length > quizParamLimits.echoLength ? `${safe}…` : safe;
}

function decode(raw: string): string | null {
	try {
		return decodeURIComponent(raw.replace(/\+/g, ' '));
	} catch {
		return null;
	}
}

/**
 * Reads quiz answers from a query string (with or without the leading `?`) or `URLSearchParams`.
 * Every valid answer is kept; everything else is reported, one problem per offending parameter,
 * and never throws. Decoding is done by hand because `URLSearchParams` silently turns broken
 * percent-encoding into U+FFFD, which would hide the problem. For a repeated question the first
 * valid answer wins. Common tracking parameters (`utm_*`, `fbclid`, `gclid`, `ref`, …) are skipped
 * silently; any other name that is not a question id is reported as unknown, because the quiz
 * page has no other parameters, so it is most likely a typo or a stale link.
 */
export function parseQuizParams(search: string | URLSearchParams, questions: readonly QuizQuestionShape[]): QuizParseResult {
	const { maxQueryLength, maxKeyLength, maxValueLength } = quizParamLimits;
	const problems: QuizParseProblem[] = [];
	const found = new Map<string, string>();
	const byId = new Map(questions.map((q) => [q.id, q]));

	let query = typeof search === 'string' ? search : search.toString();
	query = query.replace(/^\?/, '').split('#', 1)[0] ?? '';
	if (query.length > maxQueryLength) {
		// Cut at a pair boundary so the cut itself does not invent a truncated answer.
		const cut = query.lastIndexOf('&', maxQueryLength);
		query = query.slice(0, cut > 0 ? cut : maxQueryLength);
		problems.push({
			kind: 'too-long',
			key: '',
			message: `The link is longer than ${maxQueryLength} characters; only the first ${maxQueryLength} were read.`,
		});
	}

	for (const pair of query.split('&')) {
		if (pair === '') continue;
		const eq = pair.indexOf('=');
		const rawKey = eq === -1 ? pair : pair.slice(0, eq);
		const rawValue = eq === -1 ? '' : pair.slice(eq + 1);

		if (rawKey.length > maxKeyLength) {
			problems.push({ kind: 'too-long', key: echo(rawKey), message: `A parameter name longer than ${maxKeyLength} characters ("${echo(rawKey)}") was ignored.` });
			continue;
		}
		const key = decode(rawKey);
		if (key === null) {
			problems.push({ kind: 'malformed', key: echo(rawKey), message: `Parameter "${echo(rawKey)}" has broken percent-encoding and was ignored.` });
			continue;
		}
		if (key === '') {
			problems.push({ kind: 'malformed', key: '', message: 'A parameter without a name was ignored.' });
			continue;
		}
		if (isTrackingParam(key)) continue;
		const question = byId.get(key);
		if (!question) {
			problems.push({ kind: 'unknown-question', key: echo(key), message: `Unknown question "${echo(key)}" was ignored.` });
			continue;
		}
		if (rawValue.length > maxValueLength) {
			problems.push({ kind: 'too-long', key, message: `The answer to question "${key}" is longer than ${maxValueLength} characters and was ignored.` });
			continue;
		}
		const value = decode(rawValue);
		if (value === null) {
			problems.push({ kind: 'malformed', key, message: `The answer to question "${key}" has broken percent-encoding and was ignored.` });
			continue;
		}
		if (found.has(key)) {
			problems.push({ kind: 'duplicate', key, message: `Question "${key}" appeared more than once; only the first answer was kept.` });
			continue;
		}
		if (value === '') {
			problems.push({ kind: 'invalid-value', key, message: `Question "${key}" had an empty answer, which was ignored.` });
			continue;
		}
		if (!question.options.some((o) => o.value === value)) {
			// A value that starts a real option is most likely a link cut short by a chat app or mail client.
			const cutShort = question.options.some((o) => o.value.startsWith(value));
			problems.push({
				kind: 'invalid-value',
				key,
				message: cutShort
					? `The answer "${echo(value)}" to question "${key}" looks cut off, so it was ignored.`
					: `"${echo(value)}" is not an answer to question "${key}", so it was ignored.`,
			});
			continue;
		}
		found.set(key, value);
	}

	const answers = new Map<string, string>();
	for (const q of questions) {
		const value = found.get(q.id);
		if (value !== undefined) answers.set(q.id, value);
	}
	return { answers, problems };
}

/**
 * Writes answers as a query string without the leading `?`, in question order so that the same
 * answers always give the same link. Answers that are not valid options are left out.
 */
export function serializeQuizParams(answers: QuizAnswers, questions: readonly QuizQuestionShape[]): string {
	const parts: string[] = [];
	for (const q of questions) {
		const value = answers.get(q.id);
		if (value !== undefined && q.options.some((o) => o.value === value)) {
			parts.push(`${encodeURIComponent(q.id)}=${encodeURIComponent(value)}`);
		}
	}
	return parts.join('&');
}
