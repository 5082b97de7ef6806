// Runs the checks that need a production build: first at the domain root, the build-output checks
// (tests/build: links, HTML validity, budgets, CSP hashes, evidence, reproducibility, build errors)
// and then the browser tests (e2e/); then, unless specific browser tests were named, the
// deploy-critical ones again under a sub-path (BASE_PATH) and a real origin (SITE_URL), the way
// GitHub Pages serves the site.
// Extra arguments go to Playwright (`npm run test:e2e -- e2e/quiz.spec.ts`).
import { runOrExit } from './lib/system.mjs';

const SUB_PATH = '/flask-vs-fastapi/';
// The origin too, as the deploy workflow sets it, so canonical URLs, link previews and the
// published data are checked with a real address, not the localhost fallback.
const DEPLOYED_SITE_URL = 'https://flask-or-fastapi.github.io';
const SUB_PATH_BUILD_CHECKS = [
	'tests/build/links.test.ts',
	'tests/build/csp-hashes.test.ts',
	'tests/build/evidence.test.ts',
	'tests/build/social.test.ts',
	'tests/build/published-data.test.ts',
	'tests/build/search.test.ts',
];
const SUB_PATH_SPECS = [
	'e2e/pages.spec.ts',
	'e2e/search.spec.ts',
	'e2e/quiz.spec.ts',
	'e2e/csp.spec.ts',
];
const args = process.argv.slice(2);

/** Runs one step with the environment additions shown, stopping the run when it fails. */
function step(command, commandArgs, env = {}) {
	console.log(
		`\n▶ ${Object.entries(env)
			.map(([k, v]) => `${k}=${v} `)
			.join('')}${command} ${commandArgs.join(' ')}`,
	);
	runOrExit('test:e2e', command, commandArgs, { env: { ...process.env, ...env } });
}

step('node', ['scripts/ensure-browser.mjs']);
step('astro', ['build']);
if (args.length === 0) step('vitest', ['run', '--project', 'build']);
step('playwright', ['test', ...args]);

if (args.length === 0) {
	const env = { BASE_PATH: SUB_PATH, SITE_URL: DEPLOYED_SITE_URL };
	step('astro', ['build'], env);
	step('vitest', ['run', '--project', 'build', ...SUB_PATH_BUILD_CHECKS], env);
	step('playwright', ['test', ...SUB_PATH_SPECS], env);
	// Leave a root build behind, so `npm run preview` after the tests serves what `npm start` would.
	step('astro', ['build']);
}
