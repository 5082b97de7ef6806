import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dimensionIds } from '../../data/dimensions';
import { comparisonAnchors, quizQuestions, type QuizQuestion, type QuizThresholds } from '../../data/quiz';
import {
	describeResult,
	parseQuizParams,
	quizParamLimits,
	scoreQuiz,
	serializeQuizParams,
	topReasons,
	withBase,
	type QuizAnswers,
	type QuizResult,
	type Recommendation,
} from '../quiz';

// ---------------------------------------------------------------------------------------------
// Helpers

const answersOf = (entries: Record<string, string>): QuizAnswers => new Map(Object.entries(entries));

/** Deterministic PRNG (mulberry32), so random samples are the same on every run. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Flask strongly = -2 … FastAPI strongly = +2: the order "toward FastAPI". */
function position(result: QuizResult): number {
	if (result.recommendation === 'either') return 0;
	const size = result.clarity === 'clear' ? 2 : 1;
	return result.recommendation === 'fastapi' ? size : -size;
}

const rank: Record<Recommendation, number> = { flask: 0, either: 1, fastapi: 2 };

/**
 * Every answer set as a digit vector: digit 0 = unanswered, digit k = option k-1. Enumerates all
 * of them when that is cheap, otherwise a fixed-seed sample.
 */
function answerSets(questions: readonly QuizQuestion[], limit = 250_000, sample = 20_000): number[][] {
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

function toAnswers(questions: readonly QuizQuestion[], digits: readonly number[]): Map<string, string> {
	const answers = new Map<string, string>();
	questions.forEach((q, i) => {
		const digit = digits[i] ?? 0;
		const option = q.options[digit - 1];
		if (option) answers.set(q.id, option.value);
	});
	return answers;
}

const question = (id: string) => {
	const found = quizQuestions.find((q) => q.id === id);
	if (!found) throw new Error(`no question ${id}`);
	return found;
};

/** Heading ids as Starlight's slugger makes them for plain-text headings. */
const slug = (heading: string) =>
	heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.replace(/\s+/g, '-');

// ---------------------------------------------------------------------------------------------

describe('quiz data', () => {
	it('has 6 to 10 questions with unique, url-safe ids', () => {
		expect(quizQuestions.length).toBeGreaterThanOrEqual(6);
		expect(quizQuestions.length).toBeLessThanOrEqual(10);
		const ids = quizQuestions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]{0,15}$/);
	});

	it.each(quizQuestions.map((q) => [q.id, q] as const))('question "%s" has unique, url-safe option values and small integer weights', (_id, q) => {
		expect(q.prompt.trim()).not.toBe('');
		expect(q.options.length).toBeGreaterThanOrEqual(2);
		const values = q.options.map((o) => o.value);
		expect(new Set(values).size).toBe(values.length);
		for (const option of q.options) {
			expect(option.value).toMatch(/^[a-z0-9][a-z0-9-]{0,15}$/);
			expect(option.label.trim()).not.toBe('');
			expect(Number.isInteger(option.weight)).toBe(true);
			expect(Math.abs(option.weight)).toBeLessThanOrEqual(3);
		}
	});

	it('gives every non-neutral option a one-sentence, plain-text reason with a known dimension and anchor', () => {
		for (const q of quizQuestions) {
			for (const option of q.options) {
				if (option.weight !== 0) expect(option.reason, `${q.id}=${option.value}`).toBeDefined();
				if (!option.reason) continue;
				const { text, dimension, anchor } = option.reason;
				expect(dimensionIds).toContain(dimension);
				expect(comparisonAnchors).toContain(anchor);
				expect(text, `${q.id}=${option.value}`).toMatch(/^[A-Z].*\.$/);
				expect(text).not.toMatch(/[<>]|\.\s+[A-Z]/);
			}
		}
	});

	it('can point both ways', () => {
		const weights = quizQuestions.flatMap((q) => q.options.map((o) => o.weight));
		expect(weights.some((w) => w < 0)).toBe(true);
		expect(weights.some((w) => w > 0)).toBe(true);
	});

	it('links only to headings that exist on the comparison pages written so far', () => {
		for (const q of quizQuestions) {
			for (const option of q.options) {
				if (!option.reason) continue;
				const file = new URL(`../../content/docs/compare/${option.reason.dimension}.mdx`, import.meta.url);
				// Pages not written yet are caught by the build's link validator instead.
				if (!existsSync(file)) continue;
				const headings = [...readFileSync(file, 'utf8').matchAll(/^## (.+)$/gm)].map((m) => slug(m[1] ?? ''));
				expect(headings, `${option.reason.dimension}#${option.reason.anchor}`).toContain(option.reason.anchor);
			}
		}
	});
});

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
				const parsed = parseQuizParams(`?${q.id}=${option.value}`);
				expect(parsed.problems).toEqual([]);
				expect(parsed.answers.get(q.id)).toBe(option.value);

				// Scored: adding it changes the score by exactly its weight, alone and among other answers.
				for (const others of [new Map<string, string>(), randomOthers(q.id), randomOthers(q.id)]) {
					const before = scoreQuiz(others);
					const after = scoreQuiz(new Map([...others, [q.id, option.value]]));
					expect(after.score - before.score).toBe(option.weight);
					expect(after.answered).toBe(before.answered + 1);
					if (option.reason) {
						const reason = after.reasons.find((r) => r.questionId === q.id);
						expect(reason?.text).toBe(option.reason.text);
						expect(reason?.href).toBe(`/compare/${option.reason.dimension}/#${option.reason.anchor}`);
						expect(reason?.leansTo).toBe(option.weight < 0 ? 'flask' : option.weight > 0 ? 'fastapi' : 'neutral');
					} else {
						expect(after.reasons.some((r) => r.questionId === q.id)).toBe(false);
					}
				}
			});
		}
	}
});

describe('scoring rules (fixture questions, explicit thresholds)', () => {
	const opts = (n: number) => [
		{ value: 'f', label: 'FastAPI side', weight: n, reason: { text: `Toward FastAPI by ${n}.`, dimension: 'performance', anchor: 'in-short' } },
		{ value: 'k', label: 'Flask side', weight: -n, reason: { text: `Toward Flask by ${n}.`, dimension: 'testing', anchor: 'how-flask-does-it' } },
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
	const thresholds: QuizThresholds = { eitherMargin: 1, closeRatio: 0.15, clearRatio: 0.4, counterWeight: 2 };
	const run = (entries: Record<string, string>) => scoreQuiz(answersOf(entries), fixture, thresholds);

	it('with no answers: either, close, no reasons', () => {
		const result = run({});
		expect(result).toMatchObject({ recommendation: 'either', clarity: 'close', score: 0, answered: 0, total: 6, alsoConsider: null });
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
		expect(run({ b: 'f', a: 'n', d: 'n', e: 'n', f: 'n' })).toMatchObject({ recommendation: 'either', clarity: 'close' });
		// The same +2 with one neutral answer fewer is 2 of 11, over 15 % but under 40 %: leaning.
		expect(run({ b: 'f', a: 'n', d: 'n', e: 'n' })).toMatchObject({ recommendation: 'fastapi', clarity: 'leaning', alsoConsider: 'flask' });
		// -3 of 3 + 1 + 3 = 7 is over 40 %.
		expect(run({ a: 'k', c: 'n', d: 'n' })).toMatchObject({ recommendation: 'flask', clarity: 'clear', maxScore: 7 });
	});

	it('measures the lean against the reachable end of the side the score points to', () => {
		const lopsided: QuizQuestion[] = [
			{ id: 'p', prompt: 'P', options: [opts(3)[0], opts(3)[2]] }, // +3 or 0
			{ id: 'q', prompt: 'Q', options: [opts(3)[0], opts(3)[2]] }, // +3 or 0
			{ id: 'r', prompt: 'R', options: opts(2) }, // +2, -2 or 0
		];
		const score = (entries: Record<string, string>) => scoreQuiz(answersOf(entries), lopsided, thresholds);
		// -2 is as far toward Flask as these three answers can go, so it is clear-cut, not "leaning".
		expect(score({ p: 'n', q: 'n', r: 'k' })).toMatchObject({ score: -2, minScore: -2, maxScore: 8, lean: -1, recommendation: 'flask', clarity: 'clear' });
		// +2 of a reachable +8 is a moderate lean.
		expect(score({ p: 'n', q: 'n', r: 'f' })).toMatchObject({ score: 2, lean: 0.25, recommendation: 'fastapi', clarity: 'leaning' });
		expect(score({})).toMatchObject({ minScore: 0, maxScore: 0, lean: 0 });
	});

	it('suggests the other framework when a clear result has a strong answer against it', () => {
		// +3 +3 -2 = +4 of 8: clear, but b points to Flask with weight 2.
		expect(run({ a: 'f', d: 'f', b: 'k' })).toMatchObject({ recommendation: 'fastapi', clarity: 'clear', alsoConsider: 'flask' });
		// +3 +3 -1 = +5 of 7: clear, and the only counter-answer is weak.
		expect(run({ a: 'f', d: 'f', c: 'k' })).toMatchObject({ recommendation: 'fastapi', clarity: 'clear', alsoConsider: null });
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
		const result = scoreQuiz(answers, many, thresholds); // -15 + 16 = +1
		expect(result.recommendation).toBe('either');
		const top = topReasons(result, 5);
		expect(top).toHaveLength(5);
		expect(top.some((r) => r.leansTo === 'fastapi')).toBe(true);
		expect(top.some((r) => r.leansTo === 'flask')).toBe(true);
	});
});

describe('representative profiles', () => {
	it('an API with slow upstream calls and generated docs gets FastAPI, clearly', () => {
		const result = scoreQuiz(
			answersOf({ build: 'api', io: 'slow-io', docs: 'yes', validation: 'heavy', team: 'new', ml: 'no', types: 'strict', stability: 'pinned' }),
		);
		expect(result).toMatchObject({ recommendation: 'fastapi', clarity: 'clear', alsoConsider: null, answered: 8 });
		expect(result.reasons[0]?.leansTo).toBe('fastapi');
		// The same service with only the three defining answers.
		expect(scoreQuiz(answersOf({ build: 'api', io: 'slow-io', docs: 'yes' }))).toMatchObject({ recommendation: 'fastapi', clarity: 'clear' });
	});

	it('a server-rendered site by a team with Flask code and extensions gets Flask', () => {
		const result = scoreQuiz(answersOf({ build: 'site', team: 'flask-code', validation: 'forms', io: 'quick-db', docs: 'no', types: 'some', stability: 'high' }));
		expect(result.recommendation).toBe('flask');
		expect(result.clarity).not.toBe('close');
		expect(result.reasons.filter((r) => r.leansTo !== 'neutral').every((r) => r.leansTo === 'flask')).toBe(true);
	});

	it('a balanced profile is a close call with reasons from both sides', () => {
		// Streaming and generated docs pull one way; Flask code, a stable-upgrade need and HTML pages the other.
		const result = scoreQuiz(answersOf({ build: 'both', io: 'streaming', docs: 'yes', team: 'flask-code', stability: 'high', validation: 'light' }));
		expect(result).toMatchObject({ recommendation: 'either', clarity: 'close', alsoConsider: null });
		const sides = new Set(topReasons(result).map((r) => r.leansTo));
		expect(sides.has('flask') && sides.has('fastapi')).toBe(true);
	});

	it('an API for a team with Flask code leans FastAPI but suggests Flask too', () => {
		const result = scoreQuiz(answersOf({ build: 'api', io: 'slow-io', docs: 'yes', team: 'flask-code' }));
		expect(result.recommendation).toBe('fastapi');
		expect(result.alsoConsider).toBe('flask');
	});
});

describe('monotonicity', () => {
	const sets = answerSets(quizQuestions);
	const radices = quizQuestions.map((q) => q.options.length + 1);
	const strides = radices.map((_, i) => radices.slice(0, i).reduce((a, b) => a * b, 1));
	const indexOf = (digits: readonly number[]) => digits.reduce((sum, d, i) => sum + d * (strides[i] ?? 0), 0);
	const exhaustive = sets.length === radices.reduce((a, b) => a * b, 1);
	const results = sets.map((digits) => scoreQuiz(toAnswers(quizQuestions, digits)));
	const resultFor = (digits: readonly number[], fallback: number): QuizResult | undefined =>
		exhaustive ? results[indexOf(digits)] : fallback >= 0 ? results[fallback] : scoreQuiz(toAnswers(quizQuestions, digits));

	// Exhaustive with nine questions (about 230,000 answer sets): seconds on a busy machine.
	it('switching one answer to a higher weight never moves the result toward Flask, and the reverse', () => {
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
							? position(to) >= position(from) && rank[to.recommendation] >= rank[from.recommendation]
							: delta < 0
								? position(to) <= position(from) && rank[to.recommendation] <= rank[from.recommendation]
								: to.recommendation === from.recommendation && to.clarity === from.clarity);
					if (!ok && failures.length < 5) {
						const query = serializeQuizParams(toAnswers(quizQuestions, digits));
						failures.push(`${query}: ${q.id} ${current.value}→${option.value} gave ${from.recommendation}/${from.clarity} → ${to.recommendation}/${to.clarity}`);
					}
				});
			});
		});
		expect(failures).toEqual([]);
		expect(pairs).toBeGreaterThan(10_000);
	}, 30_000);

	it('reaches every recommendation and clarity somewhere', () => {
		const seen = new Set(results.map((r) => `${r.recommendation}/${r.clarity}`));
		for (const key of ['flask/clear', 'flask/leaning', 'either/close', 'fastapi/leaning', 'fastapi/clear']) expect(seen).toContain(key);
	});
});

describe('parseQuizParams', () => {
	const noMarkup = (value: unknown) => expect(JSON.stringify(value)).not.toMatch(/[<>]/);

	it('reads a clean link with no problems, with or without "?"', () => {
		for (const search of ['?build=api&io=slow-io', 'build=api&io=slow-io', new URLSearchParams('build=api&io=slow-io')]) {
			const { answers, problems } = parseQuizParams(search);
			expect(problems).toEqual([]);
			expect([...answers]).toEqual([
				['build', 'api'],
				['io', 'slow-io'],
			]);
		}
	});

	it('returns answers in question order whatever the link order', () => {
		expect([...parseQuizParams('?io=slow-io&build=api').answers.keys()]).toEqual(['build', 'io']);
	});

	it('ignores a fragment and empty pairs', () => {
		const { answers, problems } = parseQuizParams('?&build=api&&#io=slow-io');
		expect(problems).toEqual([]);
		expect([...answers]).toEqual([['build', 'api']]);
	});

	it('reports unknown questions by name and keeps the rest', () => {
		const { answers, problems } = parseQuizParams('?foo=1&build=api&bar=2');
		expect(answers.get('build')).toBe('api');
		expect(problems).toEqual([
			{ kind: 'unknown-question', key: 'foo', message: 'Unknown question "foo" was ignored.' },
			{ kind: 'unknown-question', key: 'bar', message: 'Unknown question "bar" was ignored.' },
		]);
	});

	it('skips common tracking parameters silently', () => {
		const search = '?utm_source=newsletter&build=api&UTM_Campaign=x&fbclid=IwAR0abc&gclid=Cj0&msclkid=1&mc_cid=2&ref=hn&utm=1&referrer=x';
		const { answers, problems } = parseQuizParams(search);
		expect([...answers]).toEqual([['build', 'api']]);
		// `utm` alone and `referrer` are not tracking parameters the quiz knows, so they are reported.
		expect(problems.map((p) => [p.kind, p.key])).toEqual([
			['unknown-question', 'utm'],
			['unknown-question', 'referrer'],
		]);
	});

	it('does not let prototype names through', () => {
		const { answers, problems } = parseQuizParams('?__proto__=x&constructor=api&toString=1');
		expect(answers.size).toBe(0);
		expect(problems.map((p) => p.kind)).toEqual(['unknown-question', 'unknown-question', 'unknown-question']);
		expect(({} as Record<string, unknown>)['x']).toBeUndefined();
	});

	it('reports invalid, truncated and empty values', () => {
		const { answers, problems } = parseQuizParams('?build=nope&io=slo&docs=&types&ml=yes');
		expect([...answers]).toEqual([['ml', 'yes']]);
		expect(problems.map((p) => [p.kind, p.key])).toEqual([
			['invalid-value', 'build'],
			['invalid-value', 'io'],
			['invalid-value', 'docs'],
			['invalid-value', 'types'],
		]);
		expect(problems[0]?.message).toContain('"nope"');
		expect(problems[1]?.message).toMatch(/cut off/);
		expect(problems[2]?.message).toMatch(/empty/);
	});

	it('treats a link truncated inside a value as invalid, keeping earlier answers', () => {
		const { answers, problems } = parseQuizParams('?build=api&io=slow-io&docs=ye');
		expect([...answers.keys()]).toEqual(['build', 'io']);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ kind: 'invalid-value', key: 'docs' });
	});

	it('reports repeated questions and keeps the first valid answer', () => {
		const repeated = parseQuizParams('?build=api&build=site');
		expect(repeated.answers.get('build')).toBe('api');
		expect(repeated.problems).toEqual([expect.objectContaining({ kind: 'duplicate', key: 'build' })]);

		const invalidFirst = parseQuizParams('?build=nope&build=site');
		expect(invalidFirst.answers.get('build')).toBe('site');
		expect(invalidFirst.problems.map((p) => p.kind)).toEqual(['invalid-value']);
	});

	it('reports broken percent-encoding in keys and values', () => {
		const { answers, problems } = parseQuizParams('?build=%E0%A4%A&%E0%A4%A=api&io=%&%ZZ=1&ml=yes');
		expect([...answers]).toEqual([['ml', 'yes']]);
		expect(problems.map((p) => [p.kind, p.key])).toEqual([
			['malformed', 'build'],
			['malformed', '%E0%A4%A'],
			['malformed', 'io'],
			['malformed', '%ZZ'],
		]);
	});

	it('reports a parameter without a name', () => {
		expect(parseQuizParams('?=api&build=api').problems).toEqual([expect.objectContaining({ kind: 'malformed', key: '' })]);
	});

	it('never returns markup for script-like input, raw or encoded', () => {
		const searches = [
			'?build=<script>alert(1)</script>&io=slow-io',
			'?build=%3Cscript%3Ealert(1)%3C%2Fscript%3E&io=slow-io',
			'?<img src=x onerror=alert(1)>=1&io=slow-io',
			'?%3Csvg%20onload%3Dalert(1)%3E=1&io=slow-io',
			'?build="><b>x</b>&io=slow-io',
		];
		for (const search of searches) {
			const result = parseQuizParams(search);
			expect(result.answers.get('io')).toBe('slow-io');
			expect(result.problems).toHaveLength(1);
			noMarkup(result);
		}
		expect(parseQuizParams(searches[0] ?? '').problems[0]?.kind).toBe('invalid-value');
		expect(parseQuizParams(searches[2] ?? '').problems[0]?.kind).toBe('unknown-question');
	});

	it('caps a very long query, keeping the answers before the cut and echoing little', () => {
		const filler = Array.from({ length: 400 }, (_, i) => `x${i}=1`).join('&');
		const { answers, problems } = parseQuizParams(`?build=api&io=slow-io&${filler}&docs=yes`);
		expect([...answers.keys()]).toEqual(['build', 'io']); // docs comes after the cut
		expect(problems[0]).toMatchObject({ kind: 'too-long', key: '' });
		expect(problems.filter((p) => p.kind === 'too-long')).toHaveLength(1);
		expect(problems.filter((p) => p.kind === 'invalid-value')).toHaveLength(0); // the cut made no half pair
	});

	it('reports over-long keys and values without echoing them in full', () => {
		const long = 'a'.repeat(quizParamLimits.maxValueLength + 1);
		const { answers, problems } = parseQuizParams(`?build=${long}&${long}=1&io=slow-io&x${'b'.repeat(50)}=1`);
		expect([...answers]).toEqual([['io', 'slow-io']]);
		expect(problems.map((p) => [p.kind, p.key.slice(0, 5)])).toEqual([
			['too-long', 'build'],
			['too-long', 'aaaaa'],
			['unknown-question', 'xbbbb'],
		]);
		for (const problem of problems) {
			expect(problem.message).not.toMatch(/a{41}|b{41}/);
			expect(problem.key.length).toBeLessThanOrEqual(quizParamLimits.echoLength + 1);
		}
	});

	it('survives random junk without throwing, leaking markup or accepting invalid answers', () => {
		const random = prng(42);
		const alphabet = ['a', 'p', 'i', '=', '&', '%', 'E0', '3C', '<', '>', '"', "'", '?', '#', '+', ' ', 'é', '\u0000', '\n', 'build', 'io', 'slow-io', 'api', '%25'];
		for (let i = 0; i < 2000; i += 1) {
			const length = Math.floor(random() * 60);
			const search = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
			const result = parseQuizParams(search);
			noMarkup(result);
			for (const [id, value] of result.answers) expect(question(id).options.some((o) => o.value === value)).toBe(true);
			for (const problem of result.problems) {
				expect(problem.message.length).toBeGreaterThan(10);
				expect(problem.message.length).toBeLessThan(200);
				if (problem.key) expect(problem.message).toContain(problem.key);
			}
		}
	});
});

describe('serializeQuizParams', () => {
	it('writes answers in question order and drops invalid ones', () => {
		const answers = answersOf({ stability: 'high', zz: 'x', build: 'api', io: 'nope', team: 'new' });
		expect(serializeQuizParams(answers)).toBe('build=api&team=new&stability=high');
		expect(serializeQuizParams(new Map())).toBe('');
	});

	it('round-trips every answer set: parse(serialize(a)) gives a back with no problems', () => {
		const failures: string[] = [];
		const sets = answerSets(quizQuestions, 200_000, 5_000);
		for (const digits of sets) {
			const answers = toAnswers(quizQuestions, digits);
			const query = serializeQuizParams(answers);
			const parsed = parseQuizParams(query);
			const same = JSON.stringify([...parsed.answers]) === JSON.stringify([...answers]);
			if ((/[^a-z0-9=&-]/.test(query) || parsed.problems.length > 0 || !same) && failures.length < 5) failures.push(query);
		}
		expect(failures).toEqual([]);
		expect(sets.length).toBeGreaterThan(1000);
	});
});

describe('withBase', () => {
	it.each([
		['/', '/compare/concurrency/#when-it-matters'],
		['', '/compare/concurrency/#when-it-matters'],
		['/sub/', '/sub/compare/concurrency/#when-it-matters'],
		['/sub', '/sub/compare/concurrency/#when-it-matters'],
		['/a/b/', '/a/b/compare/concurrency/#when-it-matters'],
	])('base %j', (base, expected) => {
		expect(withBase('/compare/concurrency/#when-it-matters', base)).toBe(expected);
	});
});

describe('describeResult', () => {
	it('names the recommended framework and the score, and asks for answers when there are none', () => {
		expect(describeResult(scoreQuiz(new Map())).heading).toBe('No answers yet');
		const fast = describeResult(scoreQuiz(answersOf({ build: 'api', io: 'slow-io' })));
		expect(fast.heading).toContain('FastAPI');
		expect(fast.summary).toContain('+5');
		expect(fast.summary).toContain('2 of');
		const flask = describeResult(scoreQuiz(answersOf({ build: 'site', team: 'flask-code' })));
		expect(flask.heading).toContain('Flask');
		expect(flask.summary).toContain('\u22126');
		// The scale names the ends the answered questions can reach, not a symmetric maximum.
		expect(flask.summary).toContain(`from \u22126 (Flask) to +4 (FastAPI)`);
		const tie = describeResult(scoreQuiz(answersOf({ build: 'api', team: 'flask-skills' })));
		expect(tie.heading).toMatch(/either/i);
		expect(tie.alsoConsider).toBeNull();
	});
});
