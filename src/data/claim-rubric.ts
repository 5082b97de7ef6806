/**
 * How the fact-check rates a claim: one test per status, the rules every rating follows, and what
 * each status note must say so a reader can see which test applied. `/about/#how-we-rate-claims`
 * renders this text and `src/data/__tests__/claims.test.ts` enforces the parts a machine can check,
 * so the words on the page and the checks cannot drift apart.
 */
import type { ClaimStatus } from './claims';
import type { Verdict } from './verdicts';

/** When the 2022 article appeared: "then" in every test below. */
export const articlePublished = 'April 2022';

export interface StatusTest {
	/** When the status applies, in one or two sentences. */
	readonly test: string;
	/** What the note after the badge must show, in words. */
	readonly note: string;
	/** The same requirement as a pattern the unit test checks; `undefined` when no note is needed. */
	readonly notePattern?: RegExp;
	/** Words a note for this status must not contain (a failing part in a "holds" note). */
	readonly noteMustNotMatch?: RegExp;
}

/** One test per status, in the order the statuses are listed. */
export const statusTests: Record<ClaimStatus, StatusTest> = {
	holds: {
		test: 'Every part of the claim is true now.',
		note: 'Optional. It may add a caveat, but never names a part that fails.',
		noteMustNotMatch: /\b(outdated|wrong|unsupported|false)\b/,
	},
	'partly-holds': {
		test: 'At least one part is true now, and at least one is not.',
		note: 'Says which part holds and which fails, and why, with one of three words: outdated (true then, false now), wrong (false then and now) or unsupported (no primary source shows it either way).',
		notePattern: /^(?=.*\bholds?\b)(?=.*\b(?:outdated|wrong|unsupported)\b)/s,
	},
	outdated: {
		test: `The claim was true in ${articlePublished} and is false now: a release or a dated source after the article changed it.`,
		note: `Begins "true in ${articlePublished}, false now" and says what changed.`,
		notePattern: new RegExp(`^true in ${articlePublished}, false now\\b`),
	},
	wrong: {
		test: `The claim was already false in ${articlePublished} and is still false: what contradicts it (a release, a document, source code) predates the article.`,
		note: `Begins "false in ${articlePublished} and now" and names what contradicts it.`,
		notePattern: new RegExp(`^false in ${articlePublished} and now\\b`),
	},
	unverifiable: {
		test: 'No primary source can settle the claim either way: it is a matter of taste, or its only evidence is unpublished or unofficial.',
		note: 'Begins "no primary source settles it" and says why.',
		notePattern: /^no primary source settles it\b/,
	},
};

/** Rules that apply whatever the status. Shown under the status list, in this order. */
export const ratingRules: readonly string[] = [
	'A claim is split into parts, one per thing it asserts, and each part is checked against primary sources: the projects’ documentation, changelogs, source code and package metadata, PyPI, and published survey results. "Then" is April 2022; "now" is the checked date on the claim’s row, with the versions pinned on this site.',
	'A claim is read as written. A narrower reading under which it would hold goes into the note; it does not raise the status.',
	'When no part holds, the claim is outdated only if every part was true in April 2022; otherwise it is wrong. When no primary source bears on any part, it is unverifiable.',
	'Advice ("pick X for Y") is read as "X is the better of the two for Y", and each Y is a part. A part holds when the comparison page for that question favours X, and is unsupported when that page finds either framework fine or says it depends.',
	'A claim that takes a side on the question a comparison page’s verdict answers must agree with that verdict: it can hold only if the verdict favours the same framework, be unverifiable only if the verdict is "It depends", and be wrong or outdated only if the verdict favours the other framework or is a tie.',
	'A figure taken from an aggregator (star trackers, download rankings) or from a transcription of a survey, rather than from its primary page, is marked "secondary" wherever it appears.',
];

/**
 * Which statuses a claim may have when it takes a side (`favours`) on the question a comparison
 * page's verdict answers. "Partly holds" fits every verdict: the part that fails may be the
 * comparison, or another part may be what holds.
 */
export function statusesAllowedByVerdict(
	favours: Exclude<Verdict, 'depends'>,
	verdict: Verdict,
): readonly ClaimStatus[] {
	if (verdict === 'depends') return ['partly-holds', 'unverifiable'];
	if (verdict === favours) return ['holds', 'partly-holds'];
	return ['partly-holds', 'wrong', 'outdated'];
}

/**
 * Sites whose figures are second-hand: counts collected or transcribed by someone other than the
 * project or survey that produced them. A claim citing one must say "secondary" in its text.
 */
export const aggregatorUrlPrefixes: readonly string[] = [
	'https://github.com/EvanLi/Github-Ranking',
	'https://github.com/ml-tooling/best-of-web-python',
	'https://github.com/tbicr/web-framework-rank',
	'https://pypistats.org/',
];
