/**
 * The words the decision quiz shows for a weight and for a result, kept in one place so that the
 * static decision table, the server-rendered page and the browser script cannot disagree.
 *
 * Pure functions only: nothing here may import Astro, touch the DOM or import values from
 * `src/data`.
 */
import { frameworkNames } from '../frameworks';
import { leanOf, type QuizReasonResult, type QuizResult } from './scoring';

/** "+3", "−2" (with a real minus sign), "0". */
export function signed(n: number): string {
	return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}

/** Short label for the direction of one option, used by the result list and the static table. */
export function describeWeight(weight: number): string {
	const lean = leanOf(weight);
	return lean === 'neutral' ? 'Neutral' : `Toward ${frameworkNames[lean]} (${signed(weight)})`;
}

/** A reason's link text, the same in the result and the decision table: "Testing: In short". */
export function reasonLinkText(
	titles: Pick<QuizReasonResult, 'dimensionTitle' | 'sectionTitle'>,
): string {
	return `${titles.dimensionTitle}: ${titles.sectionTitle}`;
}

/** The heading, summary and optional "also consider" line shown for a result. */
export function describeResult(result: QuizResult): {
	heading: string;
	summary: string;
	alsoConsider: string | null;
} {
	const { recommendation, clarity, score, maxScore, minScore, answered, total } = result;
	if (answered === 0) {
		return {
			heading: 'No answers yet',
			summary: 'Answer any question to see which framework your answers point to.',
			alsoConsider: null,
		};
	}
	const scale = `your answers score ${signed(score)} on a scale from ${signed(minScore)} (Flask) to ${signed(maxScore)} (FastAPI)`;
	const coverage = answered < total ? ` Based on ${answered} of ${total} questions.` : '';
	if (recommendation === 'either') {
		return {
			heading: 'Either framework fits',
			summary: `Too close to call: ${scale}, so the factors on each side roughly cancel out. ${
				result.reasons.length > 0
					? 'Decide on the reasons below that matter most to your project.'
					: 'Answer more questions to tip the balance.'
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
	return {
		heading: `${name} fits your answers better`,
		summary: `${strength} toward ${name}: ${scale}.${coverage}`,
		alsoConsider: also,
	};
}
