/**
 * Shared by the quiz's unit tests: the logic bound to the site's data (as DecisionQuiz.astro binds
 * it), answer-set generators and a seeded random source.
 */
import { quizLabels, quizQuestions, quizThresholds, type QuizQuestion } from '../../../data/quiz';
import { scoreQuiz, type QuizAnswers, type QuizResult } from '../scoring';
import { parseQuizParams, serializeQuizParams, type QuizParseResult } from '../url-state';

/** The quiz's functions with the site's questions, thresholds and labels passed in. */
export const site = {
	score: (answers: QuizAnswers): QuizResult =>
		scoreQuiz(answers, quizQuestions, quizThresholds, quizLabels),
	parse: (search: string | URLSearchParams): QuizParseResult =>
		parseQuizParams(search, quizQuestions),
	serialize: (answers: QuizAnswers): string => serializeQuizParams(answers, quizQuestions),
};

/** For the tests that walk thousands of answer sets: seconds alone, longer on a busy machine. */
export const SLOW_TEST_TIMEOUT = 60_000;

export const answersOf = (entries: Record<string, string>): QuizAnswers =>
	new Map(Object.entries(entries));

/** Deterministic PRNG (mulberry32), so random samples are the same on every run. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Every answer set as a digit vector: digit 0 = unanswered, digit k = option k-1. Enumerates all
 * of them when that is cheap, otherwise a fixed-seed sample.
 */
export function answerSets(
	questions: readonly QuizQuestion[],
	limit = 250_000,
	sample = 20_000,
): number[][] {
	const radices = questions.map((q) => q.options.length + 1);
	const total = radices.reduce((a, b) => a * b, 1);
	const sets: number[][] = [];
	if (total <= limit) {
		for (let n = 0; n < total; n += 1) {
			let rest = n;
			sets.push(
				radices.map((r) => {
					const digit = rest % r;
					rest = Math.floor(rest / r);
					return digit;
				}),
			);
		}
	} else {
		const random = prng(20261124);
		for (let i = 0; i < sample; i += 1) sets.push(radices.map((r) => Math.floor(random() * r)));
	}
	return sets;
}

export function toAnswers(
	questions: readonly QuizQuestion[],
	digits: readonly number[],
): Map<string, string> {
	const answers = new Map<string, string>();
	questions.forEach((q, i) => {
		const digit = digits[i] ?? 0;
		const option = q.options[digit - 1];
		if (option) answers.set(q.id, option.value);
	});
	return answers;
}
