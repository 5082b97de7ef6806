/**
 * Labels every body cell of the tables in an HTML fragment with its column header
 * (`<td data-label="FastAPI">`), so CSS can stack a wide table into labelled cards on a phone
 * (`content: attr(data-label)`) without the author repeating the headers.
 */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function isElement(node: Node): node is Element {
	return 'tagName' in node;
}

function children(node: Node, tag?: string): Element[] {
	const list = 'childNodes' in node ? node.childNodes : [];
	return list.filter(isElement).filter((child) => tag === undefined || child.tagName === tag);
}

function textOf(node: Node): string {
	if (node.nodeName === '#text' && 'value' in node) return node.value;
	return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function descendants(node: Node, tag: string): Element[] {
	return children(node).flatMap((child) =>
		child.tagName === tag ? [child] : descendants(child, tag),
	);
}

/**
 * Returns the fragment with `data-label` on each `<td>`/`<th>` of every `<tbody>` row, taken from
 * the matching `<thead>` header's text. A table without a header row is returned unchanged, and
 * an existing `data-label` is kept.
 */
export function labelTableCells(html: string): string {
	const fragment = parseFragment(html);
	for (const table of descendants(fragment, 'table')) {
		const headerRow = children(table, 'thead').flatMap((head) => children(head, 'tr'))[0];
		if (!headerRow) continue;
		const headers = children(headerRow).map((cell) => textOf(cell).trim().replace(/\s+/g, ' '));
		for (const row of children(table, 'tbody').flatMap((body) => children(body, 'tr'))) {
			children(row)
				.filter((cell) => cell.tagName === 'td' || cell.tagName === 'th')
				.forEach((cell, index) => {
					const label = headers[index];
					if (label && !cell.attrs.some((attr) => attr.name === 'data-label'))
						cell.attrs.push({ name: 'data-label', value: label });
				});
		}
	}
	return serialize(fragment);
}
