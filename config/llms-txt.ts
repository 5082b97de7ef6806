import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedData } from '../src/data/published-data';
import { verdictLabels, verdicts, type Verdict } from '../src/data/verdicts';
import { pageText, type PageText } from '../src/lib/html-to-markdown';
import { absoluteUrl } from '../src/lib/urls';

/** The sidebar as astro.config.mjs gives it to Starlight: groups of pages named by slug. */
export interface SidebarGroup {
	readonly label: string;
	readonly items: readonly { readonly slug: string; readonly label?: string }[];
}

interface SiteInfo {
	readonly title: string;
	readonly description: string;
	readonly site: string;
	readonly base: string;
}

/** `index` → `/`, `compare` → `/compare/`, `guides/what-is-flask` → `/guides/what-is-flask/`. */
function slugPath(slug: string): string {
	return slug === 'index' ? '/' : `/${slug}/`;
}

/** Verdict label per comparison page URL, from the build's own `/data/comparison.json`. */
function verdictsByUrl(dist: string): Map<string, string> {
	const file = `${dist}/data/comparison.json`;
	const records = JSON.parse(readFileSync(file, 'utf8')) as { url: string; verdict: Verdict }[];
	return new Map(
		records.map(({ url, verdict }) => {
			if (!verdicts.includes(verdict))
				throw new Error(`${file}: unknown verdict "${verdict}" for ${url}`);
			return [url, verdictLabels[verdict]];
		}),
	);
}

function index(
	info: SiteInfo,
	groups: readonly { label: string; pages: (PageText & { url: string })[] }[],
	verdictOf: Map<string, string>,
	dist: string,
): string {
	const url = (path: string) => absoluteUrl(path, info.site, info.base);
	const lines = [
		`# ${info.title}`,
		'',
		`> ${info.description}`,
		'',
		`Each comparison page gives a verdict (Flask, FastAPI, tie, or it depends), the same task in both frameworks as tested code, and dated primary sources. The full text of every page below, as Markdown, is in [llms-full.txt](${url('/llms-full.txt')}).`,
	];
	for (const group of groups) {
		lines.push('', `## ${group.label}`, '');
		for (const page of group.pages) {
			const verdict = verdictOf.get(page.url);
			lines.push(
				`- [${page.title}](${page.url}): ${verdict ? `Verdict: ${verdict}. ` : ''}${page.description}`,
			);
		}
	}
	const files = publishedData.filter((file) => existsSync(`${dist}${file.path}`));
	lines.push(
		'',
		'## Data',
		'',
		`Fields, types and terms of re-use: [About, Data and re-use](${url('/about/#data-and-re-use')}).`,
		'',
	);
	for (const file of files)
		lines.push(`- [${file.path.slice(1)}](${url(file.path)}): ${file.description}`);
	return `${lines.join('\n')}\n`;
}

function fullText(info: SiteInfo, pages: readonly (PageText & { url: string })[]): string {
	const parts = [
		`# ${info.title}\n\n> ${info.description}\n\nEvery page of ${absoluteUrl('/', info.site, info.base)} as Markdown, in the order of the site's sidebar.`,
	];
	for (const page of pages) {
		parts.push(
			[
				`# ${page.title}`,
				`URL: ${page.url}`,
				page.description ? `> ${page.description}` : '',
				page.markdown,
			]
				.filter((part) => part !== '')
				.join('\n\n'),
		);
	}
	return `${parts.join('\n\n---\n\n')}\n`;
}

/**
 * Writes `llms.txt` (every page by sidebar group, with its description and verdict, and the
 * published data files) and `llms-full.txt` (every page's content as Markdown) after the build,
 * from the built HTML, so they carry exactly what readers see, components included. Fails the
 * build when a built page is missing from the sidebar, because it would be missing here too.
 */
export function llmsTxt(
	sidebar: readonly SidebarGroup[],
	title: string,
	description: string,
): AstroIntegration {
	let info: SiteInfo | undefined;
	return {
		name: 'llms-txt',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (!config.site)
					throw new Error('llms-txt needs `site` in astro.config.mjs for absolute URLs.');
				info = { title, description, site: config.site, base: config.base };
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!info) throw new Error('llms-txt: astro:config:done did not run');
				const site = info;
				const dist = fileURLToPath(dir).replace(/\/$/, '');
				const listed = new Set(
					sidebar.flatMap((group) => group.items.map((item) => slugPath(item.slug))),
				);
				const unlisted = readdirSync(dist, { recursive: true, encoding: 'utf8' })
					.filter((file) => file.endsWith('.html') && file !== '404.html')
					.map(
						(file) =>
							`/${file
								.split(sep)
								.join('/')
								.replace(/(^|\/)index\.html$/, '$1')}`,
					)
					.filter((path) => !listed.has(path));
				if (unlisted.length > 0)
					throw new Error(
						`llms-txt: these pages are not in the sidebar, so llms.txt would miss them: ${unlisted.join(', ')}`,
					);

				const groups = sidebar.map((group) => ({
					label: group.label,
					pages: group.items.map(({ slug }) => {
						const path = slugPath(slug);
						const url = absoluteUrl(path, site.site, site.base);
						return { ...pageText(readFileSync(`${dist}${path}index.html`, 'utf8'), url), url };
					}),
				}));
				writeFileSync(`${dist}/llms.txt`, index(site, groups, verdictsByUrl(dist), dist));
				writeFileSync(
					`${dist}/llms-full.txt`,
					fullText(
						site,
						groups.flatMap((group) => group.pages),
					),
				);
				logger.info(
					`llms.txt and llms-full.txt list ${groups.reduce((n, group) => n + group.pages.length, 0)} pages; data files: ${readdirSync(`${dist}/data`).join(', ')}`,
				);
			},
		},
	};
}
