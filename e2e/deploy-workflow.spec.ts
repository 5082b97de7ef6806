import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

// The GitHub Pages workflow: every action pinned to a full commit SHA (a tag can be moved to
// other code), the least permissions that work, and the build the README documents.

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

const path = join(import.meta.dirname, '..', '.github', 'workflows', 'deploy.yml');
const workflow = parse(readFileSync(path, 'utf8')) as Workflow;
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
		if (deploys) expect(job.permissions, `${name} job`).toEqual({ pages: 'write', 'id-token': 'write' });
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
