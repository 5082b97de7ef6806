import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { parse } from 'yaml';

// The GitHub workflows: every action pinned to a full commit SHA (a tag can be moved to other
// code), the least permissions that work, the build and the test command the README documents;
// and Dependabot watching every kind of pinned dependency.

interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Job {
	permissions?: Record<string, string> | string;
	steps?: Step[];
	needs?: string | string[];
}
interface Workflow {
	permissions?: Record<string, string> | string;
	jobs: Record<string, Job>;
}

const github = join(import.meta.dirname, '..', '..', '.github');
const workflow = parse(readFileSync(join(github, 'workflows', 'deploy.yml'), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);

test('every action is pinned to a full commit SHA', () => {
	const uses = steps.flatMap((s) => (s.uses ? [s.uses] : []));
	expect(uses.length).toBeGreaterThanOrEqual(4);
	const unpinned = uses.filter((u) => !/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/.test(u));
	expect(unpinned).toEqual([]);
});

test('permissions are minimal: read-only by default, Pages and OIDC only where it deploys', () => {
	expect(workflow.permissions).toEqual({ contents: 'read' });
	for (const [name, job] of Object.entries(workflow.jobs)) {
		const deploys = (job.steps ?? []).some((s) => s.uses?.startsWith('actions/deploy-pages@'));
		if (deploys)
			expect(job.permissions, `${name} job`).toEqual({ pages: 'write', 'id-token': 'write' });
		else expect(job.permissions, `${name} job inherits read-only permissions`).toBeUndefined();
	}
});

test('it builds with Node from .nvmrc, npm ci and npm run build, under the repository sub-path', () => {
	const setupNode = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
	expect(setupNode?.with?.['node-version-file']).toBe('.nvmrc');
	const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
	expect(runs.some((r) => /^npm ci\b/.test(r))).toBe(true);
	const build = steps.find((s) => s.run === 'npm run build');
	expect(build?.env?.['SITE_URL']).toBe('https://${{ github.repository_owner }}.github.io');
	expect(build?.env?.['BASE_PATH']).toBe('/${{ github.event.repository.name }}/');
	const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
	expect(checkout?.with?.['persist-credentials'], 'no token left in .git/config').toBe(false);
	const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
	expect(upload?.with?.['path']).toBe('dist');
});

describe('the CI workflow', () => {
	const ci = parse(readFileSync(join(github, 'workflows', 'ci.yml'), 'utf8')) as Workflow & {
		on: Record<string, unknown>;
	};
	const ciSteps = Object.values(ci.jobs).flatMap((job) => job.steps ?? []);

	it('runs on pull requests and on pushes to main, read-only', () => {
		expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
		expect(ci.permissions).toEqual({ contents: 'read' });
	});

	it('runs .ci/run, which runs the README test command, with actions pinned by SHA', () => {
		expect(ciSteps.some((s) => s.run?.includes('bash .ci/run'))).toBe(true);
		expect(readFileSync(join(github, '..', '.ci', 'run'), 'utf8')).toMatch(/^npm test$/m);
		const unpinned = ciSteps
			.flatMap((s) => (s.uses ? [s.uses] : []))
			.filter((u) => !/@[0-9a-f]{40}$/.test(u));
		expect(unpinned).toEqual([]);
	});
});

test('Dependabot updates pip (examples, bench), npm and GitHub Actions weekly', () => {
	const config = parse(readFileSync(join(github, 'dependabot.yml'), 'utf8')) as {
		updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[];
	};
	const watched = config.updates.map(
		(u) => `${u['package-ecosystem']} ${u.directory} ${u.schedule.interval}`,
	);
	expect(watched).toEqual(
		expect.arrayContaining([
			'pip /examples weekly',
			'pip /bench weekly',
			'npm / weekly',
			'github-actions / weekly',
		]),
	);
});
