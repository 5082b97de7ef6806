/**
 * The decision quiz's state in the URL: reading answers from a shared link, reporting every part
 * of it that was not understood, and writing answers back as a stable query string.
 *
 * Pure functions only: nothing here may import Astro, touch the DOM or import values from
 * `src/data`.
 */
import type { QuizAnswers, QuizQuestionShape } from './scoring';

export type QuizParseProblemKind =
	'unknown-question' | 'invalid-value' | 'duplicate' | 'too-long' | 'malformed';

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
const trackingParam =
	/^(?:utm_[a-z0-9_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_[ce]id|igshid|_ga|_gl|ref)$/i;

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
export function parseQuizParams(
	search: string | URLSearchParams,
	questions: readonly QuizQuestionShape[],
): QuizParseResult {
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
			problems.push({
				kind: 'too-long',
				key: echo(rawKey),
				message: `A parameter name longer than ${maxKeyLength} characters ("${echo(rawKey)}") was ignored.`,
			});
			continue;
		}
		const key = decode(rawKey);
		if (key === null) {
			problems.push({
				kind: 'malformed',
				key: echo(rawKey),
				message: `Parameter "${echo(rawKey)}" has broken percent-encoding and was ignored.`,
			});
			continue;
		}
		if (key === '') {
			problems.push({
				kind: 'malformed',
				key: '',
				message: 'A parameter without a name was ignored.',
			});
			continue;
		}
		if (isTrackingParam(key)) continue;
		const question = byId.get(key);
		if (!question) {
			problems.push({
				kind: 'unknown-question',
				key: echo(key),
				message: `Unknown question "${echo(key)}" was ignored.`,
			});
			continue;
		}
		if (rawValue.length > maxValueLength) {
			problems.push({
				kind: 'too-long',
				key,
				message: `The answer to question "${key}" is longer than ${maxValueLength} characters and was ignored.`,
			});
			continue;
		}
		const value = decode(rawValue);
		if (value === null) {
			problems.push({
				kind: 'malformed',
				key,
				message: `The answer to question "${key}" has broken percent-encoding and was ignored.`,
			});
			continue;
		}
		if (found.has(key)) {
			problems.push({
				kind: 'duplicate',
				key,
				message: `Question "${key}" appeared more than once; only the first answer was kept.`,
			});
			continue;
		}
		if (value === '') {
			problems.push({
				kind: 'invalid-value',
				key,
				message: `Question "${key}" had an empty answer, which was ignored.`,
			});
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
export function serializeQuizParams(
	answers: QuizAnswers,
	questions: readonly QuizQuestionShape[],
): string {
	const parts: string[] = [];
	for (const q of questions) {
		const value = answers.get(q.id);
		if (value !== undefined && q.options.some((o) => o.value === value)) {
			parts.push(`${encodeURIComponent(q.id)}=${encodeURIComponent(value)}`);
		}
	}
	return parts.join('&');
}
