// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { cspDirectives, scriptSources, starlightInlineScripts, styleSources } from './src/data/csp';
import { dimensions } from './src/data/dimensions';
import { normaliseBasePath, normaliseSiteUrl } from './src/lib/urls';
import { baseLinksPlugin } from './config/base-links';
import { siteUrlNotice } from './config/site-url';
import { llmsTxt } from './config/llms-txt';
import { searchRanking } from './src/data/search';
import { localSiteUrl, repository, siteTitle } from './src/data/site';

// One codebase deploys at a domain root or under a sub-path (e.g. GitHub Pages):
// SITE_URL is the origin (canonical URLs, link previews), BASE_PATH the sub-path.
const siteUrl = normaliseSiteUrl(process.env.SITE_URL);
const site = siteUrl ?? localSiteUrl;
const base = normaliseBasePath(process.env.BASE_PATH);

/** The sidebar, also the order and grouping of llms.txt. */
const sidebar = [
	{
		label: 'Start here',
		items: [
			{ label: 'Home', slug: 'index' },
			{ label: 'Decision quiz', slug: 'quiz' },
			{ label: 'Verdicts at a glance', slug: 'compare' },
		],
	},
	{
		label: 'Compare',
		items: dimensions.map((dimension) => ({
			label: dimension.title,
			slug: `compare/${dimension.id}`,
		})),
	},
	{
		label: 'Guides',
		items: [
			{ slug: 'guides/what-is-flask' },
			{ slug: 'guides/what-is-fastapi' },
			{ slug: 'guides/migrating-from-flask-to-fastapi' },
			{ slug: 'guides/measure-your-own-app' },
		],
	},
	{
		label: 'Reference',
		items: [{ slug: 'fact-check' }, { slug: 'benchmark' }, { slug: 'glossary' }, { slug: 'about' }],
	},
];

const description =
	'An evidence-first comparison of Flask and FastAPI for Python engineers: verdicts per dimension, tested code, sourced claims and our own benchmark.';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Stylesheets and small assets as files, not inlined into every page: the HTML budget
	// (16 KB gzip per page) is spent on content, and the browser caches the CSS once.
	build: { inlineStylesheets: 'never' },
	vite: {
		build: { assetsInlineLimit: 0 },
		resolve: {
			// Pagefind's search interface loads when a reader reaches for the search box, not on
			// every page's first visit (see the file).
			alias: [
				{
					find: /^@pagefind\/default-ui$/,
					replacement: fileURLToPath(
						new URL('./src/browser/pagefind-on-demand.ts', import.meta.url),
					),
				},
			],
		},
	},
	security: {
		csp: {
			directives: [...cspDirectives],
			scriptDirective: {
				resources: [...scriptSources],
				hashes: starlightInlineScripts.map((script) => script.hash),
			},
			styleDirective: { resources: [...styleSources] },
		},
	},
	markdown: {
		processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }),
	},
	integrations: [
		siteUrlNotice(siteUrl, localSiteUrl),
		// Before Starlight: its links validator checks links to /llms.txt, which this writes.
		llmsTxt(sidebar, siteTitle, description),
		starlight({
			title: siteTitle,
			description,
			logo: { src: './src/assets/logo.svg', replacesTitle: false },
			favicon: '/favicon.svg',
			social: [{ icon: 'github', label: 'Source on GitHub', href: repository.url }],
			editLink: { baseUrl: `${repository.url}/edit/${repository.branch}/` },
			lastUpdated: true,
			credits: false,
			customCss: ['./src/styles/custom.css', './src/styles/utilities.css'],
			routeMiddleware: './src/routeData.ts',
			pagefind: { ranking: searchRanking },
			components: {
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
			},
			sidebar,
			plugins: [
				starlightLinksValidator({
					errorOnRelativeLinks: true,
					errorOnInvalidHashes: true,
					// Anchors rendered by components (matrix rows, fact-check rows) are invisible to this
					// plugin; e2e/links.spec.ts checks every link and anchor in the built HTML instead.
					exclude: [`${base}compare/#*`, `${base}fact-check/#*`],
				}),
			],
		}),
	],
});
