/**
 * Stands in for `@pagefind/default-ui` in Starlight's search box (astro.config.mjs aliases the
 * package to this file). Starlight builds Pagefind's interface as soon as a page is idle, so every
 * first visit would download it (about 25 KB gzip) and spend a long task on it, search or not.
 * This class keeps Starlight's options and builds the real interface when a reader shows intent:
 * pointing at or focusing the search button starts the download, opening the dialog builds it.
 */
type Options = Record<string, unknown> & { element: string };
type PagefindModule = typeof import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');

export class PagefindUI {
	#options: Options;
	#dialog: HTMLDialogElement | null;
	#module: Promise<PagefindModule> | null = null;
	#built = false;

	constructor(options: Options) {
		this.#options = options;
		this.#dialog = document.querySelector('site-search dialog');
		const button = document.querySelector('site-search button[data-open-modal]');
		for (const intent of ['pointerenter', 'focus', 'touchstart'])
			button?.addEventListener(intent, () => void this.#load(), { once: true, passive: true });
		if (this.#dialog) {
			new MutationObserver(() => void this.#buildIfOpen()).observe(this.#dialog, {
				attributes: true,
				attributeFilter: ['open'],
			});
			void this.#buildIfOpen();
		}
	}

	#load(): Promise<PagefindModule> {
		// The package's own entry, by path: its bare name is this file's alias.
		this.#module ??= import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');
		return this.#module;
	}

	async #buildIfOpen(): Promise<void> {
		if (this.#built || !this.#dialog?.open) return;
		this.#built = true;
		try {
			const { PagefindUI: Real } = await this.#load();
			// Built only once the dialog is open, so the input takes the focus that Starlight gave
			// the dialog before there was an input to give it to.
			new Real({ ...this.#options, autofocus: true });
		} catch (error) {
			// A failed download (a dropped connection) is retried the next time the dialog opens.
			this.#built = false;
			this.#module = null;
			throw error;
		}
	}
}
