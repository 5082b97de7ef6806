import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { DIST, htmlFiles } from '../../scripts/lib/dist.ts';

// Validates every built HTML page with html-validate, using the project's .htmlvalidate.mjs
// (found from each file's directory upwards, as the CLI does). That file says which rules are
// relaxed for markup that Starlight and Expressive Code write, and why.

const validator = new HtmlValidate(new FileSystemConfigLoader());

function describe(file: string, m: Message): string {
	return `${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;
}

test('every built page passes html-validate with no errors', async () => {
	const files = htmlFiles();
	expect(files.length).toBeGreaterThan(10);
	const errors: string[] = [];
	for (const file of files) {
		const report = await validator.validateFile(file);
		for (const result of report.results) {
			for (const message of result.messages) {
				if (message.severity === 2) errors.push(describe(file, message));
			}
		}
	}
	if (errors.length > 0)
		console.log(`html-validate found ${errors.length} error(s):\n${errors.join('\n')}`);
	expect(errors).toEqual([]);
});

// Guards against a configuration that silently validates nothing: the same config, applied to
// a page in dist/, still catches ordinary mistakes in our own markup.
test('the html-validate configuration still reports real errors', async () => {
	const page = `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1>
		<p id="a">one</p><p id="a">two</p>
		<label for="x">X <input id="x" type="text"></label>
		<p style="color: red">red</p>
		<code><section>block</section></code>
		<h3>skipped a level</h3>
		<script src="https://cdn.example.com/x.js"></script>
	</main></body></html>`;
	const report = await validator.validateString(page, join(DIST, 'fixture.html'));
	const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
	for (const rule of [
		'no-dup-id',
		'no-redundant-for',
		'no-inline-style',
		'element-permitted-content',
		'heading-level',
		'require-sri',
	]) {
		expect(rules, `expected ${rule} to be reported`).toContain(rule);
	}
});
