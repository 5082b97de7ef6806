import { describe, expect, it } from 'vitest';
import {
	quizLabels,
	quizQuestions,
	type QuizQuestion,
	type QuizThresholds,
} from '../../../data/quiz';
import { scoreQuiz, topReasons, type QuizResult, type Recommendation } from '../scoring';
import { SLOW_TEST_TIMEOUT, answerSets, answersOf, prng, site, toAnswers } from './helpers';

/** Flask strongly = -2 … FastAPI strongly = +2: the order "toward FastAPI". */
function position(result: QuizResult): number {
	if (result.recommendation === 'either') return 0;
	const size = result.clarity === 'clear' ? 2 : 1;
	return result.recommendation === 'fastapi' ? size : -size;
}

const rank: Record<Recommendation, number> = { flask: 0, either: 1, fastapi: 2 };

describe('every option is reachable and scored', () => {
	const random = prng(7);
	const randomOthers = (skip: string): Map<string, string> => {
		const answers = new Map<string, string>();
		for (const q of quizQuestions) {
			if (q.id === skip || random() < 0.3) continue;
			const option = q.options[Math.floor(random() * q.options.length)];
			if (option) answers.set(q.id, option.value);
		}
		return answers;
	};

	for (const q of quizQuestions) {
		for (const option of q.options) {
			it(`${q.id}=${option.value}`, () => {
				// Reachable: a link can carry it.
				const parsed = site.parse(`?${q.id}=${option.value}`);
				expect(parsed.problems).toEqual([]);
				expect(parsed.answers.get(q.id)).toBe(option.value);

				// Scored: adding it changes the score by exactly its weight, alone and among other answers.
				for (const others of [new Map<string, string>(), randomOthers(q.id), randomOthers(q.id)]) {
					const before = site.score(others);
					const after = site.score(new Map([...others, [q.id, option.value]]));
					expect(after.score - before.score).toBe(option.weight);
					expect(after.answered).toBe(before.answered + 1);
					if (option.reason) {
						const reason = after.reasons.find((r) => r.questionId === q.id);
						expect(reason?.text).toBe(option.reason.text);
						expect(reason?.href).toBe(
							`/compare/${option.reason.dimension}/#${option.reason.anchor}`,
						);
						expect(reason?.leansTo).toBe(
							option.weight < 0 ? 'flask' : option.weight > 0 ? 'fastapi' : 'neutral',
						);
					} else {
						expect(after.reasons.some((r) => r.questionId === q.id)).toBe(false);
					}
				}
			});
		}
	}
});

describe('scoring rules (fixture questions, explicit thresholds)', () => {
	const opts = (n: number) =>
		[
			{
				value: 'f',
				label: 'FastAPI side',
				weight: n,
				reason: { text: `Toward FastAPI by ${n}.`, dimension: 'performance', anchor: 'in-short' },
			},
			{
				value: 'k',
				label: 'Flask side',
				weight: -n,
				reason: {
					text: `Toward Flask by ${n}.`,
					dimension: 'testing',
					anchor: 'how-flask-does-it',
				},
			},
			{ value: 'n', label: 'Neutral', weight: 0 },
		] as const;
	const fixture: QuizQuestion[] = [
		{ id: 'a', prompt: 'A', options: opts(3) },
		{ id: 'b', prompt: 'B', options: opts(2) },
		{ id: 'c', prompt: 'C', options: opts(1) },
		{ id: 'd', prompt: 'D', options: opts(3) },
		{ id: 'e', prompt: 'E', options: opts(3) },
		{ id: 'f', prompt: 'F', options: opts(3) },
	];
	const thresholds: QuizThresholds = {
		eitherMargin: 1,
		closeRatio: 0.15,
		clearRatio: 0.4,
		counterWeight: 2,
	};
	const run = (entries: Record<string, string>) =>
		scoreQuiz(answersOf(entries), fixture, thresholds, quizLabels);

	it('with no answers: either, close, no reasons', () => {
		const result = run({});
		expect(result).toMatchObject({
			recommendation: 'either',
			clarity: 'close',
			score: 0,
			answered: 0,
			total: 6,
			alsoConsider: null,
		});
		expect(result.reasons).toEqual([]);
	});

	it('ignores unknown questions and values instead of counting them', () => {
		const result = run({ zz: 'f', a: 'nope' });
		expect(result.answered).toBe(0);
		expect(result.recommendation).toBe('either');
	});

	it('treats a score within the absolute margin as a tie', () => {
		expect(run({ c: 'f' }).recommendation).toBe('either'); // +1 of 1
		expect(run({ a: 'f', b: 'k' }).recommendation).toBe('either'); // +3 - 2 = +1
		expect(run({ a: 'k', b: 'f' }).recommendation).toBe('either'); // -1
	});

	it('measures clarity against the answered questions only', () => {
		// +3 of a possible 3: as clear as it gets.
		expect(run({ a: 'f' })).toMatchObject({ recommendation: 'fastapi', clarity: 'clear' });
		// +2 of 2+3+3+3+3 = 14 is under 15 %: a tie.
		expect(run({ b: 'f', a: 'n', d: 'n', e: 'n', f: 'n' })).toMatchObject({
			recommendation: 'either',
			clarity: 'close',
		});
		// The same +2 with one neutral answer fewer is 2 of 11, over 15 % but under 40 %: leaning.
		expect(run({ b: 'f', a: 'n', d: 'n', e: 'n' })).toMatchObject({
			recommendation: 'fastapi',
			clarity: 'leaning',
			alsoConsider: 'flask',
		});
		// -3 of 3 + 1 + 3 = 7 is over 40 %.
		expect(run({ a: 'k', c: 'n', d: 'n' })).toMatchObject({
			recommendation: 'flask',
			clarity: 'clear',
			maxScore: 7,
		});
	});

	it('measures the lean against the reachable end of the side the score points to', () => {
		const lopsided: QuizQuestion[] = [
			{ id: 'p', prompt: 'P', options: [opts(3)[0], opts(3)[2]] }, // +3 or 0
			{ id: 'q', prompt: 'Q', options: [opts(3)[0], opts(3)[2]] }, // +3 or 0
			{ id: 'r', prompt: 'R', options: opts(2) }, // +2, -2 or 0
		];
		const score = (entries: Record<string, string>) =>
			scoreQuiz(answersOf(entries), lopsided, thresholds, quizLabels);
		// -2 is as far toward Flask as these three answers can go, so it is clear-cut, not "leaning".
		expect(score({ p: 'n', q: 'n', r: 'k' })).toMatchObject({
			score: -2,
			minScore: -2,
			maxScore: 8,
			lean: -1,
			recommendation: 'flask',
			clarity: 'clear',
		});
		// +2 of a reachable +8 is a moderate lean.
		expect(score({ p: 'n', q: 'n', r: 'f' })).toMatchObject({
			score: 2,
			lean: 0.25,
			recommendation: 'fastapi',
			clarity: 'leaning',
		});
		expect(score({})).toMatchObject({ minScore: 0, maxScore: 0, lean: 0 });
	});

	it('suggests the other framework when a clear result has a strong answer against it', () => {
		// +3 +3 -2 = +4 of 8: clear, but b points to Flask with weight 2.
		expect(run({ a: 'f', d: 'f', b: 'k' })).toMatchObject({
			recommendation: 'fastapi',
			clarity: 'clear',
			alsoConsider: 'flask',
		});
		// +3 +3 -1 = +5 of 7: clear, and the only counter-answer is weak.
		expect(run({ a: 'f', d: 'f', c: 'k' })).toMatchObject({
			recommendation: 'fastapi',
			clarity: 'clear',
			alsoConsider: null,
		});
	});

	it('names each reason after the labels passed in, falling back to the ids', () => {
		const labels = {
			dimensions: new Map([['performance', 'Speed']]),
			sections: new Map([['in-short', 'Summary']]),
		};
		const [fast] = scoreQuiz(
			answersOf({ a: 'k', b: 'f' }),
			fixture,
			thresholds,
			labels,
		).reasons.filter((r) => r.leansTo === 'fastapi');
		expect(fast).toMatchObject({
			dimensionTitle: 'Speed',
			sectionTitle: 'Summary',
			href: '/compare/performance/#in-short',
		});
		const [flask] = scoreQuiz(answersOf({ a: 'k' }), fixture, thresholds, labels).reasons;
		expect(flask).toMatchObject({ dimensionTitle: 'testing', sectionTitle: 'how-flask-does-it' });
		// With the site's labels, the titles are the pages' and headings' own.
		expect(run({ a: 'k' }).reasons[0]).toMatchObject({
			dimensionTitle: 'Testing',
			sectionTitle: 'How Flask does it',
		});
	});

	it('sorts reasons by weight, strongest first', () => {
		const result = run({ c: 'k', b: 'f', a: 'f', d: 'n' });
		expect(result.reasons.map((r) => r.weight)).toEqual([3, 2, -1]);
	});

	it('keeps both sides among the top reasons of a tie', () => {
		const many: QuizQuestion[] = [
			...Array.from({ length: 5 }, (_, i) => ({ id: `k${i}`, prompt: 'K', options: opts(3) })),
			...Array.from({ length: 8 }, (_, i) => ({ id: `f${i}`, prompt: 'F', options: opts(2) })),
		];
		const answers = new Map<string, string>([
			...many.slice(0, 5).map((q) => [q.id, 'k'] as [string, string]),
			...many.slice(5).map((q) => [q.id, 'f'] as [string, string]),
		]);
		const result = scoreQuiz(answers, many, thresholds, quizLabels); // -15 + 16 = +1
		expect(result.recommendation).toBe('either');
		const top = topReasons(result, 5);
		expect(top).toHaveLength(5);
		expect(top.some((r) => r.leansTo === 'fastapi')).toBe(true);
		expect(top.some((r) => r.leansTo === 'flask')).toBe(true);
	});
});

describe('representative profiles', () => {
	it('an API with slow upstream calls and generated docs gets FastAPI, clearly', () => {
		const result = site.score(
			answersOf({
				build: 'api',
				io: 'slow-io',
				docs: 'yes',
				validation: 'heavy',
				team: 'new',
				ml: 'no',
				types: 'strict',
				stability: 'pinned',
			}),
		);
		expect(result).toMatchObject({
			recommendation: 'fastapi',
			clarity: 'clear',
			alsoConsider: null,
			answered: 8,
		});
		expect(result.reasons[0]?.leansTo).toBe('fastapi');
		// The same service with only the three defining answers.
		expect(site.score(answersOf({ build: 'api', io: 'slow-io', docs: 'yes' }))).toMatchObject({
			recommendation: 'fastapi',
			clarity: 'clear',
		});
	});

	it('a server-rendered site by a team with Flask code and extensions gets Flask', () => {
		const result = site.score(
			answersOf({
				build: 'site',
				team: 'flask-code',
				validation: 'forms',
				io: 'quick-db',
				docs: 'no',
				types: 'some',
				stability: 'high',
			}),
		);
		expect(result.recommendation).toBe('flask');
		expect(result.clarity).not.toBe('close');
		expect(
			result.reasons.filter((r) => r.leansTo !== 'neutral').every((r) => r.leansTo === 'flask'),
		).toBe(true);
	});

	it('a balanced profile is a close call with reasons from both sides', () => {
		// Streaming and generated docs pull one way; Flask code, a stable-upgrade need and HTML pages the other.
		const result = site.score(
			answersOf({
				build: 'both',
				io: 'streaming',
				docs: 'yes',
				team: 'flask-code',
				stability: 'high',
				validation: 'light',
			}),
		);
		expect(result).toMatchObject({
			recommendation: 'either',
			clarity: 'close',
			alsoConsider: null,
		});
		const sides = new Set(topReasons(result).map((r) => r.leansTo));
		expect(sides.has('flask') && sides.has('fastapi')).toBe(true);
	});

	it('an API for a team with Flask code leans FastAPI but suggests Flask too', () => {
		const result = site.score(
			answersOf({ build: 'api', io: 'slow-io', docs: 'yes', team: 'flask-code' }),
		);
		expect(result.recommendation).toBe('fastapi');
		expect(result.alsoConsider).toBe('flask');
	});
});

describe('monotonicity', () => {
	const sets = answerSets(quizQuestions);
	const radices = quizQuestions.map((q) => q.options.length + 1);
	const strides = radices.map((_, i) => radices.slice(0, i).reduce((a, b) => a * b, 1));
	const indexOf = (digits: readonly number[]) =>
		digits.reduce((sum, d, i) => sum + d * (strides[i] ?? 0), 0);
	const exhaustive = sets.length === radices.reduce((a, b) => a * b, 1);
	const results = sets.map((digits) => site.score(toAnswers(quizQuestions, digits)));
	const resultFor = (digits: readonly number[], fallback: number): QuizResult | undefined =>
		exhaustive
			? results[indexOf(digits)]
			: fallback >= 0
				? results[fallback]
				: site.score(toAnswers(quizQuestions, digits));

	it(
		'switching one answer to a higher weight never moves the result toward Flask, and the reverse',
		() => {
			// Plain comparisons collected into one assertion: hundreds of thousands of expect() calls are slow.
			const failures: string[] = [];
			let pairs = 0;
			sets.forEach((digits, setIndex) => {
				const from = results[setIndex];
				if (!from) throw new Error('missing result');
				quizQuestions.forEach((q, qi) => {
					const current = q.options[(digits[qi] ?? 0) - 1];
					if (!current) return;
					q.options.forEach((option, oi) => {
						if (option === current) return;
						const next = [...digits];
						next[qi] = oi + 1;
						const to = resultFor(next, -1);
						if (!to) throw new Error('missing result');
						pairs += 1;
						const delta = option.weight - current.weight;
						const ok =
							to.score - from.score === delta &&
							(delta > 0
								? position(to) >= position(from) &&
									rank[to.recommendation] >= rank[from.recommendation]
								: delta < 0
									? position(to) <= position(from) &&
										rank[to.recommendation] <= rank[from.recommendation]
									: to.recommendation === from.recommendation && to.clarity === from.clarity);
						if (!ok && failures.length < 5) {
							const query = site.serialize(toAnswers(quizQuestions, digits));
							failures.push(
								`${query}: ${q.id} ${current.value}→${option.value} gave ${from.recommendation}/${from.clarity} → ${to.recommendation}/${to.clarity}`,
							);
						}
					});
				});
			});
			expect(failures).toEqual([]);
			expect(pairs).toBeGreaterThan(10_000);
		},
		SLOW_TEST_TIMEOUT,
	);

	it('reaches every recommendation and clarity somewhere', () => {
		const seen = new Set(results.map((r) => `${r.recommendation}/${r.clarity}`));
		for (const key of [
			'flask/clear',
			'flask/leaning',
			'either/close',
			'fastapi/leaning',
			'fastapi/clear',
		])
			expect(seen).toContain(key);
	});
});
