/**
 * Turns the main content of a built page into Markdown for `llms-full.txt`: what a reader sees,
 * including the parts components render (verdict box, claims, code samples), without the page's
 * chrome (anchor icons, copy buttons, the quiz's script-driven controls). Links become absolute,
 * so the text still works copied out of the site.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

function classes(node: Element): string[] {
	const value = node.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
}

/** Elements that are page machinery, not content. */
function isChrome(node: Element): boolean {
	if (
		[
			'script',
			'style',
			'svg',
			'button',
			'template',
			'link',
			'input',
			'select',
			'textarea',
		].includes(node.tagName)
	)
		return true;
	if (node.properties['hidden'] !== undefined && node.properties['hidden'] !== false) return true;
	if (node.properties['dataPagefindIgnore'] !== undefined || node.properties['role'] === 'tablist')
		return true;
	const names = classes(node);
	return names.includes('sl-anchor-link') || names.includes('copy');
}

function textOf(node: Nodes): string {
	if (node.type === 'text') return node.value;
	if ('children' in node) return node.children.map((child) => textOf(child)).join('');
	return '';
}

function walkElements(node: Nodes, visit: (element: Element) => void): void {
	if (node.type === 'element') visit(node);
	if ('children' in node) for (const child of node.children) walkElements(child, visit);
}

/** The first element below `node` that `test` accepts, depth first. */
function findElement(node: Nodes, test: (element: Element) => boolean): Element | undefined {
	let found: Element | undefined;
	walkElements(node, (element) => {
		if (!found && test(element)) found = element;
	});
	return found;
}

/**
 * Expressive Code renders a sample as one `<div class="ec-line">` per line inside `<pre>`; turn
 * that back into plain text with its language, which Markdown's fenced code keeps.
 */
function plainCodeBlock(pre: Element): void {
	const lines: string[] = [];
	walkElements(pre, (element) => {
		if (classes(element).includes('ec-line')) lines.push(textOf(element).replace(/\n$/, ''));
	});
	if (lines.length === 0) return;
	const language = pre.properties['dataLanguage'];
	const code: Element = {
		type: 'element',
		tagName: 'code',
		properties: typeof language === 'string' ? { className: [`language-${language}`] } : {},
		children: [{ type: 'text', value: lines.join('\n') }],
	};
	pre.children = [code];
}

/** A badge (verdict, claim status) is set apart by CSS alone; in text it needs spaces and weight. */
function badgeAsText(node: Element): ElementContent[] {
	const strong: Element = {
		type: 'element',
		tagName: 'strong',
		properties: {},
		children: [{ type: 'text', value: textOf(node).trim() }],
	};
	return [{ type: 'text', value: ' ' }, strong, { type: 'text', value: ' ' }];
}

function clean(node: Element, pageUrl: URL): void {
	node.children = node.children
		.filter(
			(child: ElementContent) =>
				child.type !== 'comment' && !(child.type === 'element' && isChrome(child)),
		)
		.flatMap((child) =>
			child.type === 'element' && classes(child).includes('sl-badge')
				? badgeAsText(child)
				: [child],
		);
	for (const attribute of ['href', 'src'] as const) {
		const value = node.properties[attribute];
		if (typeof value === 'string' && !value.startsWith('#'))
			node.properties[attribute] = new URL(value, pageUrl).href;
	}
	if (node.tagName === 'pre') plainCodeBlock(node);
	for (const child of node.children) if (child.type === 'element') clean(child, pageUrl);
}

/** What `llms.txt` says about a built page: its `<h1>`, meta description and content as Markdown. */
export interface PageText {
	readonly title: string;
	readonly description: string;
	readonly markdown: string;
}

/**
 * A built page's title, description and content (see `pageContentToMarkdown`). Throws when the
 * page has no `<h1>`.
 */
export function pageText(html: string, pageUrl: string): PageText {
	const tree = fromHtml(html);
	const h1 = findElement(tree, (element) => element.tagName === 'h1');
	if (!h1) throw new Error(`${pageUrl}: no <h1>`);
	const meta = findElement(
		tree,
		(element) => element.tagName === 'meta' && element.properties['name'] === 'description',
	);
	const description = meta?.properties['content'];
	return {
		title: textOf(h1).trim(),
		description: typeof description === 'string' ? description : '',
		markdown: pageContentToMarkdown(tree, pageUrl),
	};
}

/**
 * The Markdown of the element with class `contentClass` in a built page's HTML (or its parsed tree) (Starlight's
 * `sl-markdown-content`). `pageUrl` is the page's absolute URL: relative links resolve against it,
 * and in-page anchors (`#in-short`) become links to the page's sections. Throws when the page has
 * no such element, so a Starlight markup change fails the build rather than emptying the file.
 */
export function pageContentToMarkdown(
	html: string | Root,
	pageUrl: string,
	contentClass = 'sl-markdown-content',
): string {
	const tree: Root = typeof html === 'string' ? fromHtml(html) : html;
	const content = findElement(tree, (element) => classes(element).includes(contentClass));
	if (!content)
		throw new Error(`${pageUrl}: no element with class "${contentClass}" to convert to Markdown`);
	const base = new URL(pageUrl);
	clean(content, base);
	walkElements(content, (element) => {
		const href = element.properties['href'];
		if (typeof href === 'string' && href.startsWith('#'))
			element.properties['href'] = new URL(href, base).href;
	});
	const markdown = toMarkdown(toMdast({ type: 'root', children: [content] }), {
		extensions: [gfmToMarkdown()],
		bullet: '-',
		emphasis: '_',
	});
	return markdown.trim();
}
