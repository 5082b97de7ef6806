// Runs the end-to-end suite against production builds: first at the domain root, then, unless
// specific tests were named, the deploy-critical specs again under a sub-path (BASE_PATH), the way
// GitHub Pages serves the site. Extra arguments go to Playwright (`npm run test:e2e -- e2e/quiz.spec.ts`).
import { spawnSync } from 'node:child_process';

const SUB_PATH = '/flask-vs-fastapi/';
const SUB_PATH_SPECS = ['e2e/pages.spec.ts', 'e2e/links.spec.ts', 'e2e/search.spec.ts', 'e2e/quiz.spec.ts', 'e2e/csp.spec.ts'];
const args = process.argv.slice(2);

function run(command, commandArgs, env = {}) {
	console.log(`\n▶ ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}${command} ${commandArgs.join(' ')}`);
	const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

run('node', ['scripts/ensure-browser.mjs']);
run('astro', ['build']);
run('playwright', ['test', ...args]);

if (args.length === 0) {
	const env = { BASE_PATH: SUB_PATH };
	run('astro', ['build'], env);
	run('playwright', ['test', ...SUB_PATH_SPECS], env);
	// Leave a root build behind, so `npm run preview` after the tests serves what `npm start` would.
	run('astro', ['build']);
}
