// html-validate configuration for the built site (dist/**/*.html), checked by
// e2e/html-validate.spec.ts and by `npx html-validate dist`.
//
// Everything in html-validate's recommended and document presets applies, except what is listed
// below. Each exception is there because of markup that Starlight, Astro or Expressive Code (the
// code-block renderer Starlight ships) writes, not our components, and each is as narrow as
// html-validate allows. Our own components are fixed at the source instead; the one deliberate
// exception in them is marked inline with an `html-validate-disable-next` comment and a reason.

/** @type {import('html-validate').ConfigData} */
export default {
	root: true,
	extends: ['html-validate:recommended', 'html-validate:document'],
	elements: [
		'html5',
		{
			// Expressive Code renders every code line as `<div class="ec-line">` inside `<code>`
			// (so it can number, mark and wrap lines), which HTML's content model does not allow.
			// Only `<div>` is added; every other flow element in `<code>` is still an error.
			code: { permittedContent: ['@phrasing', 'div'] },
			button: {
				// Expressive Code's copy button holds an empty `<div>` for its "Copied!" feedback.
				permittedContent: ['@phrasing', 'div'],
				// The same button is named by its `title` ("Copy to clipboard"), which the
				// accessible-name algorithm accepts but html-validate's text-content rule does not.
				// Button names are still checked, properly, by axe's button-name rule in
				// e2e/a11y.spec.ts.
				textContent: 'default',
			},
		},
	],
	rules: {
		// Astro's compiler writes void elements it renders from components self-closed
		// (`<meta ... />`) and some others not (`<link rel="stylesheet" ...>`); both are valid
		// HTML and we do not control either.
		'void-style': 'off',

		// Starlight's skip link targets `id="_top"`, which is valid HTML (any non-empty ID without
		// whitespace) but not the stricter letter-first style. `relaxed` still rejects empty IDs and
		// IDs with whitespace.
		'valid-id': ['error', { relaxed: true }],

		// Starlight's search dialog ships with `style="padding:0"`. Inline styles stay an error
		// otherwise (they also need 'unsafe-inline' or hashes under a CSP); `display` is the
		// default exception and custom properties (Starlight's `--sl-icon-size`) are allowed by
		// default too.
		'no-inline-style': ['error', { allowedProperties: ['display', 'padding'] }],

		// Starlight's search open/close buttons, its mobile menu toggle and Expressive Code's copy
		// button have no `type` attribute. None of them is inside a form, so the implicit
		// `submit` does nothing. Our own buttons always set `type`.
		'no-implicit-button-type': 'off',

		// Starlight's tabs use `role="presentation"` on their `<li>`s. It is a synonym of
		// `role="none"`; keep the check that the site uses one spelling, Starlight's.
		'presentation-role-style': ['error', { prefer: 'presentation' }],

		// Starlight renders the table of contents twice (a mobile and a desktop `<nav>`, both
		// labelled "On this page", one hidden by CSS at any viewport) inside an unlabelled
		// `<aside>`. Landmarks are checked on the rendered page, where hidden ones do not count,
		// by axe's landmark rules in e2e/a11y.spec.ts.
		'unique-landmark': 'off',
		// H32 asks every form for a submit button. The decision quiz's form updates its result in
		// place on every change (no change of context), so a submit button would do nothing.
		'wcag/h32': 'off',

		// The document preset asks for SRI on every `<script src>` and stylesheet. Ours are
		// same-origin files served with the page, where SRI protects nothing a CSP does not;
		// anything loaded from another origin still needs `integrity`.
		'require-sri': ['error', { target: 'crossorigin' }],

		// Starlight puts the desktop table of contents (`<starlight-toc>`, headed by an `<h2>`
		// "On this page") before `<main>` in source order, so the first heading is an `<h2>`.
		// Treating that element as a sectioning root (allowed to start at `<h2>`) checks its
		// headings on their own; the page's own outline must still start at `<h1>`, have one
		// `<h1>` and never skip a level.
		'heading-level': [
			'error',
			{
				sectioningRoots: ['dialog', '[role="dialog"]', '[role="alertdialog"]', 'starlight-toc'],
				minSectioningRootInitialRank: 'h2',
			},
		],
	},
};
