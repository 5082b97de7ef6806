/**
 * The decision quiz's logic bound to the site's questions (`src/data/quiz.ts`). The functions in
 * `./quiz-core` take the questions as an argument; these wrappers supply the defaults, so pages and
 * tests call `scoreQuiz(answers)`. The browser script imports `./quiz-core` instead, to keep the
 * question texts out of the JavaScript bundle.
 */
import { quizQuestions, quizThresholds, type QuizQuestion, type QuizThresholds } from '../data/quiz';
import {
	parseQuizParams as parseWith,
	scoreQuiz as scoreWith,
	serializeQuizParams as serializeWith,
	type QuizAnswers,
	type QuizParseResult,
	type QuizResult,
} from './quiz-core';

export {
	describeResult,
	describeWeight,
	frameworkNames,
	isTrackingParam,
	leanOf,
	quizParamLimits,
	reasonHref,
	signed,
	topReasons,
	withBase,
	type Clarity,
	type Framework,
	type Lean,
	type QuizAnswers,
	type QuizParseProblem,
	type QuizParseProblemKind,
	type QuizParseResult,
	type QuizQuestionShape,
	type QuizReasonResult,
	type QuizResult,
	type Recommendation,
} from './quiz-core';

/**
 * Scores answers (a `Map` of question id to option value; see `QuizAnswers`) against the site's
 * questions unless others are given. See `quiz-core` for how the thresholds apply.
 */
export function scoreQuiz(
	answers: QuizAnswers,
	questions: readonly QuizQuestion[] = quizQuestions,
	thresholds: QuizThresholds = quizThresholds,
): QuizResult {
	return scoreWith(answers, questions, thresholds);
}

/** Reads answers from a query string or `URLSearchParams`, reporting every ignored parameter. */
export function parseQuizParams(search: string | URLSearchParams, questions: readonly QuizQuestion[] = quizQuestions): QuizParseResult {
	return parseWith(search, questions);
}

/** Writes answers as a stable query string (question order, no leading `?`). */
export function serializeQuizParams(answers: QuizAnswers, questions: readonly QuizQuestion[] = quizQuestions): string {
	return serializeWith(answers, questions);
}
