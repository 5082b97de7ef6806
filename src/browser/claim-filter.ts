/**
 * `<claim-filter>`: filters the fact-check index (FactCheckIndex.astro) by claim status. The
 * index is server-rendered as a plain table with its filter controls `hidden`; this element
 * reveals the controls, hides the rows that do not match, says how many are shown in a live
 * region, and keeps the choice in the address (`?status=wrong`) so a filtered index can be shared.
 */
import {
	describeStatusFilter,
	matchesStatus,
	parseStatusFilter,
	searchWithStatus,
	type StatusFilter,
} from '../lib/claim-filter';

class ClaimFilter extends HTMLElement {
	#rows: HTMLElement[] = [];
	#choices: HTMLInputElement[] = [];
	#summary: HTMLElement | null = null;

	connectedCallback(): void {
		const controls = this.querySelector<HTMLFieldSetElement>('.claim-filter-controls');
		this.#summary = this.querySelector<HTMLElement>('.claim-filter-summary');
		this.#rows = [...this.querySelectorAll<HTMLElement>('tbody tr[data-status]')];
		this.#choices = [
			...this.querySelectorAll<HTMLInputElement>('.claim-filter-controls input[type="radio"]'),
		];
		if (!controls || !this.#summary || this.#rows.length === 0 || this.#choices.length === 0)
			return;

		const statuses = this.#choices.map((choice) => choice.value).filter((value) => value !== 'all');
		const { filter, rejected } = parseStatusFilter(location.search, statuses);
		this.#show(filter, rejected);
		controls.hidden = false;
		controls.addEventListener('change', (event) => {
			const choice = event.target;
			if (!(choice instanceof HTMLInputElement) || !choice.checked) return;
			this.#show(choice.value);
			const address = `${location.pathname}${searchWithStatus(location.search, choice.value)}${location.hash}`;
			history.replaceState(history.state, '', address);
		});
	}

	#show(filter: StatusFilter, rejected: string | null = null): void {
		let shown = 0;
		for (const row of this.#rows) {
			const visible = matchesStatus(row.dataset['status'] ?? '', filter);
			row.hidden = !visible;
			if (visible) shown += 1;
		}
		let label: string | null = null;
		for (const choice of this.#choices) {
			choice.checked = choice.value === filter;
			if (choice.checked && filter !== 'all')
				label =
					choice.parentElement?.querySelector('.claim-filter-label')?.textContent ?? choice.value;
		}
		if (this.#summary)
			this.#summary.textContent = describeStatusFilter(shown, this.#rows.length, label, rejected);
	}
}

if (!customElements.get('claim-filter')) customElements.define('claim-filter', ClaimFilter);
