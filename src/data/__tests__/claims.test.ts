import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { claims, claimStatuses, claimStatusLabels, type Claim } from '../claims';
import { aggregatorUrlPrefixes, statusesAllowedByVerdict, statusTests } from '../claim-rubric';
import { verdicts, type Verdict } from '../verdicts';

const DOCS = join(import.meta.dirname, '..', '..', 'content', 'docs');

/** The verdict a comparison page declares in its frontmatter. */
function pageVerdict(dimension: string): Verdict {
	const mdx = readFileSync(join(DOCS, 'compare', `${dimension}.mdx`), 'utf8');
	const verdict = /^verdict:\s*(\S+)\s*$/m.exec(mdx)?.[1];
	if (!verdict || !(verdicts as readonly string[]).includes(verdict))
		throw new Error(`compare/${dimension}.mdx declares no valid verdict`);
	return verdict as Verdict;
}

/** How a status reads in running text: "partly holds", "holds", … */
const statusWords = (claim: Claim) => claimStatusLabels[claim.status].toLowerCase();

/** Names of aggregators as the claims' texts cite them. */
const aggregatorNames =
	/EvanLi|Github-Ranking|best-of-web-python|tbicr|web-framework-rank|pypistats/i;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
function isValidIsoDate(value: string): boolean {
	if (!isoDate.test(value)) return false;
	const parsed = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

describe('claims', () => {
	it('has ids C1..C25 in order, with no gaps or duplicates', () => {
		const expected = Array.from({ length: 25 }, (_, i) => `C${i + 1}`);
		expect(claims.map((c) => c.id)).toEqual(expected);
		expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
	});

	it('uses only known statuses, each with a badge label', () => {
		for (const c of claims) {
			expect(claimStatuses, `${c.id} status`).toContain(c.status);
			expect(claimStatusLabels[c.status], `${c.id} label`).toBeTruthy();
		}
	});

	it('restates every claim', () => {
		for (const c of claims) {
			expect(c.claim.trim().length, `${c.id} claim`).toBeGreaterThan(0);
		}
	});

	it('names at least one page for every claim, without repeats', () => {
		for (const c of claims) {
			expect(c.pages.length, `${c.id} pages`).toBeGreaterThan(0);
			expect(new Set(c.pages).size, `${c.id} duplicate page`).toBe(c.pages.length);
		}
	});

	it('gives every claim at least one source with a title and a valid https URL', () => {
		for (const c of claims) {
			expect(c.sources.length, `${c.id} sources`).toBeGreaterThan(0);
			for (const s of c.sources) {
				expect(s.title.trim().length, `${c.id} source title`).toBeGreaterThan(0);
				expect(() => new URL(s.url), `${c.id} ${s.url}`).not.toThrow();
				expect(new URL(s.url).protocol, `${c.id} ${s.url}`).toBe('https:');
			}
		}
	});

	it('has a valid ISO checked date that is not in the future', () => {
		const today = new Date().toISOString().slice(0, 10);
		for (const c of claims) {
			expect(isValidIsoDate(c.checked), `${c.id} checked "${c.checked}"`).toBe(true);
			expect(c.checked <= today, `${c.id} checked ${c.checked} is after ${today}`).toBe(true);
		}
	});

	it('has a non-empty "today" text with no HTML tags', () => {
		for (const c of claims) {
			expect(c.today.trim().length, `${c.id} today`).toBeGreaterThan(0);
			expect(c.today, `${c.id} today contains HTML`).not.toMatch(/<\/?[a-zA-Z][^>]*>/);
		}
	});

	it('keeps backticks balanced in "today" so code spans render', () => {
		for (const c of claims) {
			const ticks = (c.today.match(/`/g) ?? []).length;
			expect(ticks % 2, `${c.id} has an unbalanced backtick`).toBe(0);
		}
	});

	it('has a rubric test for every status, and nothing else', () => {
		expect(Object.keys(statusTests).sort()).toEqual([...claimStatuses].sort());
	});

	it('writes each note so it shows which rubric test applied', () => {
		const failures = claims.flatMap((c) => {
			const rule = statusTests[c.status];
			const problems: string[] = [];
			if (rule.notePattern && !rule.notePattern.test(c.statusNote))
				problems.push(`${c.id} (${c.status}): the note breaks the rubric (${rule.note})`);
			if (rule.noteMustNotMatch?.test(c.statusNote))
				problems.push(
					`${c.id} (${c.status}): a "holds" note names a failing part: "${c.statusNote}"`,
				);
			return problems;
		});
		expect(failures).toEqual([]);
	});

	it('cites at least one primary source for every claim', () => {
		const onlySecondary = claims
			.filter((c) => c.sources.every((s) => s.secondary))
			.map((c) => c.id);
		expect(onlySecondary).toEqual([]);
	});

	it('marks every aggregator source as secondary', () => {
		const unmarked = claims.flatMap((c) =>
			c.sources
				.filter(
					(s) => aggregatorUrlPrefixes.some((prefix) => s.url.startsWith(prefix)) && !s.secondary,
				)
				.map((s) => `${c.id}: ${s.url}`),
		);
		expect(unmarked).toEqual([]);
	});

	it('says "secondary" wherever it uses a second-hand figure', () => {
		const silent = claims
			.filter(
				(c) =>
					(c.sources.some((s) => s.secondary) || aggregatorNames.test(c.today)) &&
					!/\bsecondary\b/.test(c.today),
			)
			.map((c) => c.id);
		expect(silent).toEqual([]);
	});

	it('agrees with the verdict of the comparison page whose question it answers', () => {
		const conflicts = claims.flatMap((c) => {
			if (!c.answers) return [];
			const problems: string[] = [];
			if (!c.pages.includes(c.answers.page))
				problems.push(`${c.id}: answers ${c.answers.page}, which is not among its pages`);
			const verdict = pageVerdict(c.answers.page);
			const allowed = statusesAllowedByVerdict(c.answers.favours, verdict);
			if (!allowed.includes(c.status)) {
				problems.push(
					`${c.id} is "${c.status}" but compare/${c.answers.page} says "${verdict}": allowed ${allowed.join(', ')}`,
				);
			}
			return problems;
		});
		expect(conflicts).toEqual([]);
	});

	it('lets a verdict settle a claim only the way the rubric says', () => {
		expect(statusesAllowedByVerdict('flask', 'flask')).toContain('holds');
		expect(statusesAllowedByVerdict('flask', 'fastapi')).not.toContain('holds');
		expect(statusesAllowedByVerdict('flask', 'depends')).toEqual(['partly-holds', 'unverifiable']);
		expect(statusesAllowedByVerdict('flask', 'tie')).toContain('wrong');
		expect(statusesAllowedByVerdict('tie', 'tie')).not.toContain('unverifiable');
	});

	it('is called by its fact-check status wherever a page leads a bullet with the claim', () => {
		const pages = readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter((f) =>
			f.endsWith('.mdx'),
		);
		const mismatches = pages.flatMap((file) =>
			readFileSync(join(DOCS, file), 'utf8')
				.split('\n')
				.flatMap((line) => {
					const id = /^\s*- \*\*\[(C\d+)\]\(\/fact-check\/#c\d+\)/.exec(line)?.[1];
					const claim = claims.find((c) => c.id === id);
					if (!claim) return [];
					const words = statusWords(claim);
					// "holds" must not be read out of "partly holds".
					const pattern =
						claim.status === 'holds' ? /(?<!partly )\bholds\b/ : new RegExp(`\\b${words}\\b`);
					return pattern.test(line) ? [] : [`${file}: ${claim.id} is "${words}" on the fact-check`];
				}),
		);
		expect(mismatches).toEqual([]);
	});
});
