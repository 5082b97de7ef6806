/**
 * The decision quiz's scoring: from answers to a recommendation, its clarity and the reasons
 * behind it. Everything the scoring reads (questions, thresholds, the titles reasons link under)
 * comes in as arguments, so the page passes the site's data and the browser passes what it read
 * from the server-rendered markup, without bundling the question texts a second time.
 *
 * Pure functions only: nothing here may import Astro, touch the DOM or import values from
 * `src/data`.
 */
import type { DimensionId } from '../../data/dimensions';
import type { ComparisonAnchor, QuizLabels, QuizOption, QuizThresholds } from '../../data/quiz';
import { comparisonPageUrl } from '../comparison';
import type { Framework } from '../frameworks';

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

/**
 * The page title and section heading a reason links under, from `labels`; an id without a label
 * is shown as it is, so a gap in the labels reads oddly instead of breaking the quiz.
 */
export function reasonTitles(
	reason: Pick<QuizReasonResult, 'dimension' | 'anchor'>,
	labels: QuizLabels,
): { dimensionTitle: string; sectionTitle: string } {
	return {
		dimensionTitle: labels.dimensions.get(reason.dimension) ?? reason.dimension,
		sectionTitle: labels.sections.get(reason.anchor) ?? reason.anchor,
	};
}

/** Which way a weight points. */
export function leanOf(weight: number): Lean {
	return weight < 0 ? 'flask' : weight > 0 ? 'fastapi' : 'neutral';
}

/**
 * Scores a set of answers. Answers to unknown questions or with unknown values are skipped, not
 * counted, so a stale link degrades to fewer answers instead of an error. `labels` names the page
 * and section each reason links to; a missing label falls back to the id.
 *
 * `either` means the score is within `eitherMargin` of zero or its `lean` is below `closeRatio`;
 * otherwise the sign picks the framework, and `clearRatio` separates `clear` from `leaning`. The
 * lean is measured against the side the score points to, because the questions offer more points
 * toward FastAPI than toward Flask: against a symmetric maximum, an all-Flask profile could never
 * look as clear-cut as an all-FastAPI one. Both reachable ends depend only on which questions are
 * answered, so switching one answer to a higher weight can only move the result toward FastAPI.
 */
export function scoreQuiz(
	answers: QuizAnswers,
	questions: readonly QuizQuestionShape[],
	thresholds: QuizThresholds,
	labels: QuizLabels,
): QuizResult {
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
				anchor,
				...reasonTitles(option.reason, labels),
				href: comparisonPageUrl(dimension, anchor),
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
		const strongCounter = reasons.some(
			(r) => r.leansTo === other && Math.abs(r.weight) >= thresholds.counterWeight,
		);
		if (clarity === 'leaning' || strongCounter) alsoConsider = other;
	}

	return {
		recommendation,
		clarity,
		score,
		maxScore,
		minScore,
		lean,
		answered,
		total: questions.length,
		reasons,
		alsoConsider,
	};
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
			if (
				candidate &&
				(candidate.leansTo === 'neutral' ||
					top.filter((r) => r.leansTo === candidate.leansTo).length > 1)
			) {
				top.splice(i, 1);
				break;
			}
		}
		top.push(best);
		top.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
	}
	return top.slice(0, limit);
}
