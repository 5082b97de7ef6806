import { describe, expect, it } from 'vitest';
import { pageContentToMarkdown, pageText } from '../html-to-markdown';

const page = `<!doctype html><html><head><meta name="description" content="What the page is about."></head><body>
<h1 id="_top">Security</h1>
<div class="sl-markdown-content">
<aside class="verdict-box"><p>Verdict <span class="sl-badge tip">It depends</span></p></aside>
<div class="sl-heading-wrapper"><h2 id="in-short">In short</h2><a class="sl-anchor-link" href="#in-short"><svg></svg><span class="sr-only">Section titled “In short”</span></a></div>
<p>See <a href="/compare/testing/#side-by-side">Testing</a> and <a href="#in-short">above</a>.</p>
<figure class="frame"><figcaption class="header"><span class="title">examples/app.py</span></figcaption>
<pre data-language="python"><code><div class="ec-line"><div class="code"><span>import</span><span> os</span></div></div><div class="ec-line"><div class="code">
</div></div><div class="ec-line"><div class="code"><span class="indent">    </span><span>x = 1</span></div></div></code></pre><div class="copy"><button data-code="import os">Copy</button></div></figure>
<section hidden><h2 id="result">Your result</h2></section>
<div data-pagefind-ignore><p>Duplicate of the table.</p></div>
<ul role="tablist"><li><a href="#tab-panel-0">Flask</a></li></ul>
</div></body></html>`;

describe('pageContentToMarkdown', () => {
	const markdown = pageContentToMarkdown(page, 'https://example.org/base/compare/security/');

	it('keeps headings and text without the anchor icons', () => {
		expect(markdown).toContain('## In short');
		expect(markdown).not.toContain('Section titled');
	});
	it('makes links absolute, in-page anchors included', () => {
		expect(markdown).toContain('[Testing](https://example.org/compare/testing/#side-by-side)');
		expect(markdown).toContain('[above](https://example.org/base/compare/security/#in-short)');
	});
	it('turns an Expressive Code block into fenced code with its lines and language', () => {
		expect(markdown).toContain('examples/app.py\n\n```python\nimport os\n\n    x = 1\n```');
		expect(markdown).not.toContain('Copy');
	});
	it('sets badges apart from the text around them', () => {
		expect(markdown).toContain('Verdict **It depends**');
	});
	it('drops hidden, search-ignored and tab-list elements', () => {
		for (const gone of ['Your result', 'Duplicate of the table', 'tab-panel'])
			expect(markdown).not.toContain(gone);
	});
	it('fails loudly when the page has no content element', () => {
		expect(() => pageContentToMarkdown('<p>x</p>', 'https://example.org/x/')).toThrow(
			/sl-markdown-content/,
		);
	});
});

describe('pageText', () => {
	it('reads the title and meta description', () => {
		const text = pageText(page, 'https://example.org/compare/security/');
		expect(text.title).toBe('Security');
		expect(text.description).toBe('What the page is about.');
	});
	it('fails loudly when a page has no h1', () => {
		expect(() =>
			pageText('<div class="sl-markdown-content"></div>', 'https://example.org/x/'),
		).toThrow(/<h1>/);
	});
});
