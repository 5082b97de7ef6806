// `npm run freshness`: what has drifted since the last review. For every exact pin in
// examples/requirements.txt and bench/requirements.txt, and for the site's main npm packages, it
// prints the pinned version beside the latest the registry serves; then every comparison page,
// guide and claim whose reviewed/checked date is more than 90 days old. Drift is a report, not a
// failure: it exits 0 whenever it could check, and says which registry it could not reach.
// Exits 1 only when it could reach no registry at all.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parsePins } from '../src/lib/requirements.ts';
import { claims } from '../src/data/claims.ts';
import { driftTable, MAX_AGE_DAYS, staleItems } from './lib/freshness.ts';
import { filesUnder } from './lib/dist.ts';
import { repoRoot } from './lib/system.mjs';

const REQUIREMENT_FILES = ['examples/requirements.txt', 'bench/requirements.txt'];
/** The npm packages the site is built from: upgrades of these change what readers get. */
const MAIN_NPM_PACKAGES = [
	'astro',
	'@astrojs/starlight',
	'@astrojs/mdx',
	'@astrojs/markdown-satteri',
	'pagefind',
	'starlight-links-validator',
	'typescript',
	'vitest',
	'@playwright/test',
];
const PYPI = process.env.PYPI_URL ?? 'https://pypi.org/pypi';
const NPM = (process.env.npm_config_registry ?? 'https://registry.npmjs.org').replace(/\/+$/, '');
const TIMEOUT_MS = 15_000;

/** The JSON a registry answers at `url`, or the reason it did not. */
async function getJson(url) {
	try {
		const response = await fetch(url, {
			signal: AbortSignal.timeout(TIMEOUT_MS),
			headers: { Accept: 'application/json' },
		});
		if (!response.ok) return { error: `HTTP ${response.status}` };
		return { json: await response.json() };
	} catch (error) {
		return { error: error.cause?.code ?? error.cause?.message ?? error.message };
	}
}

async function pythonPins() {
	const wanted = REQUIREMENT_FILES.filter((file) => existsSync(join(repoRoot, file))).flatMap(
		(file) =>
			[...parsePins(readFileSync(join(repoRoot, file), 'utf8'))].map(([name, pinned]) => ({
				registry: 'PyPI',
				name,
				pinned,
				file,
			})),
	);
	return Promise.all(
		wanted.map(async (pin) => {
			const answer = await getJson(`${PYPI}/${encodeURIComponent(pin.name)}/json`);
			return { ...pin, latest: answer.json?.info?.version, error: answer.error };
		}),
	);
}

async function npmPins() {
	const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8'));
	return Promise.all(
		MAIN_NPM_PACKAGES.map(async (name) => {
			const pinned = lock.packages?.[`node_modules/${name}`]?.version ?? '?';
			const answer = await getJson(`${NPM}/${name.replace('/', '%2F')}/latest`);
			return {
				registry: 'npm',
				name,
				pinned,
				file: 'package-lock.json',
				latest: answer.json?.version,
				error: answer.error,
			};
		}),
	);
}

/** `reviewed:` dates of every page that declares one. */
function pageReviews() {
	const docs = join(repoRoot, 'src', 'content', 'docs');
	return filesUnder(docs, (path) => /\.mdx?$/.test(path)).flatMap((file) => {
		const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1];
		const reviewed = front ? parseYaml(front)?.reviewed : undefined;
		if (!reviewed) return [];
		const date = reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : String(reviewed);
		return [{ what: `page ${relative(docs, file)}`, date }];
	});
}

const today = new Date();
const checks = [...(await pythonPins()), ...(await npmPins())];
for (const registry of ['PyPI', 'npm']) {
	const failed = checks.filter((c) => c.registry === registry && c.latest === undefined);
	const asked = checks.filter((c) => c.registry === registry).length;
	if (failed.length === asked && asked > 0)
		console.log(
			`⚠ Could not reach ${registry} (${failed[0].error}): its ${asked} pins were not checked.`,
		);
	else
		for (const c of failed) console.log(`⚠ ${registry} did not answer for ${c.name} (${c.error}).`);
}

console.log(`\n## Pins behind the latest release (checked ${today.toISOString().slice(0, 10)})\n`);
console.log(driftTable(checks));

const dated = [
	...pageReviews(),
	...claims.map((claim) => ({ what: `claim ${claim.id}`, date: claim.checked })),
];
const stale = staleItems(dated, today);
console.log(`\n## Reviews older than ${MAX_AGE_DAYS} days\n`);
console.log(
	stale.length === 0
		? `None: all ${dated.length} pages and claims were reviewed within ${MAX_AGE_DAYS} days.`
		: stale.map((s) => `- ${s.what}: ${s.date} (${s.age} days)`).join('\n'),
);

if (checks.every((c) => c.latest === undefined)) {
	console.error('\n✖ No registry answered, so nothing could be checked.');
	process.exit(1);
}
