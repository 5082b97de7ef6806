/**
 * Number formats for the benchmark's charts, tables and prose: requests per second, milliseconds,
 * ratios, memory, counts and axis ticks. One format per kind of figure, so a number reads the same
 * in a chart label, a table cell and a sentence.
 */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function fixed(value: number, digits: number): string {
	return new Intl.NumberFormat('en-US', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
	}).format(value);
}

/** Throws a RangeError naming `what` unless `value` is a finite number. */
export function assertFinite(value: number, what: string): void {
	if (!Number.isFinite(value))
		throw new RangeError(`${what} must be a finite number, got ${String(value)}`);
}

/** A whole number with thousands separators: `10892.9` → `"10,893"`. */
export function formatInteger(value: number): string {
	assertFinite(value, 'formatInteger: value');
	return integer.format(value);
}

/** A count with its noun, singular or plural: `(1, 'run')` → `"1 run"`, `(5, 'run')` → `"5 runs"`. */
export function formatCount(count: number, one: string, many = `${one}s`): string {
	return `${formatInteger(count)} ${count === 1 ? one : many}`;
}

/** Requests per second, rounded to a whole request: `10892.9` → `"10,893 req/s"`. */
export function formatRps(value: number): string {
	return `${formatInteger(value)} req/s`;
}

/**
 * Milliseconds without the unit: one decimal below 100 (`51.256` → `"51.3"`), whole numbers with
 * separators from 100 (`1638.279` → `"1,638"`).
 */
export function formatMsNumber(value: number): string {
	assertFinite(value, 'formatMs: value');
	return Math.abs(value) < 99.95 ? fixed(value, 1) : integer.format(value);
}

/** Milliseconds: `51.256` → `"51.3 ms"`, `1638.279` → `"1,638 ms"`. */
export function formatMs(value: number): string {
	return `${formatMsNumber(value)} ms`;
}

/**
 * A ratio with a `×`: two decimals below 2 (`1.079` → `"1.08×"`, so near-even results stay
 * visible), one below 10 (`3.541` → `"3.5×"`), whole numbers above (`31.92` → `"32×"`).
 */
export function formatRatio(value: number): string {
	assertFinite(value, 'formatRatio: value');
	if (value < 0) throw new RangeError(`formatRatio: value must not be negative, got ${value}`);
	const rounded2 = Math.round(value * 100) / 100;
	if (rounded2 < 2) return `${fixed(value, 2)}×`;
	const rounded1 = Math.round(value * 10) / 10;
	if (rounded1 < 10) return `${fixed(value, 1)}×`;
	return `${integer.format(value)}×`;
}

function decimalsOf(step: number): number {
	const text = String(Number(step.toPrecision(12)));
	const dot = text.indexOf('.');
	return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * An axis tick label: `"0"` for zero, thousands as `k` when the step is a whole thousand
 * (`12000` → `"12k"`), otherwise the number with as many decimals as the step has (`1250` → `"1,250"`, `2.5` → `"2.5"`).
 */
export function formatTick(value: number, step: number): string {
	assertFinite(value, 'formatTick: value');
	if (value === 0) return '0';
	if (step >= 1000 && step % 1000 === 0) return `${integer.format(value / 1000)}k`;
	return fixed(value, decimalsOf(step));
}

/**
 * A small duration such as CPU time per request: two decimals below 10 (`0.4249` → `"0.42 ms"`),
 * then as `formatMs`.
 */
export function formatCpuMs(value: number): string {
	assertFinite(value, 'formatCpuMs: value');
	return Math.abs(value) < 9.995 ? `${fixed(value, 2)} ms` : formatMs(value);
}

/** Memory in whole mebibytes: `61.6` → `"62 MiB"`. */
export function formatMiB(value: number): string {
	return `${formatInteger(value)} MiB`;
}

/** A share as a whole percentage: `0.234` → `"23%"`. */
export function formatPercent(share: number): string {
	return `${formatInteger(share * 100)}%`;
}
