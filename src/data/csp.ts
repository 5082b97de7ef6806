/**
 * The Content Security Policy, in one place. Astro hashes the scripts it bundles; Starlight's
 * `is:inline` scripts are not processed by Astro, so their hashes are listed here by hand.
 *
 * When a Starlight upgrade changes one of them, e2e/csp.spec.ts fails and prints the new hash
 * and the start of the script: check the script is still Starlight's own, then replace the entry.
 */
export interface InlineScriptHash {
	/** `sha256-…` of the script's exact text. */
	readonly hash: `sha256-${string}`;
	/** Which Starlight component renders it and what it does. */
	readonly source: string;
}

export const starlightInlineScripts: readonly InlineScriptHash[] = [
	{
		hash: 'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
		source: 'ThemeProvider.astro: applies the stored theme before first paint',
	},
	{
		hash: 'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
		source: 'ThemeSelect.astro: syncs the theme pickers',
	},
	{
		hash: 'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=',
		source: 'Search.astro: the Ctrl+K / "/" search shortcut',
	},
	{
		hash: 'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
		source: 'SidebarPersister.astro: restores the sidebar’s open groups',
	},
	{
		hash: 'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
		source: 'SidebarPersister.astro: restores the sidebar’s scroll position',
	},
	{
		hash: 'sha256-OizSKqsU+f0G4vojbxNt0Lao3kUpTmCLQSv3y6P7qhQ=',
		source: 'Tabs.astro: restores the synced Flask/FastAPI tab before paint',
	},
];

/**
 * Directives beyond Astro's generated `script-src` and `style-src`. `frame-ancestors` is not here:
 * browsers ignore it in a `<meta>` policy, so it is sent as a header (public/_headers).
 */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Pagefind compiles its search index code with WebAssembly, which needs `'wasm-unsafe-eval'`; nothing else does. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Expressive Code colours tokens with `style` attributes, which a hash-based `style-src` would
 * block. Inline styles cannot run code, so styles allow `'unsafe-inline'`; scripts never do.
 */
export const styleSources = ["'self'", "'unsafe-inline'"] as const;
