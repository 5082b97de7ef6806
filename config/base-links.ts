import { defineHastPlugin } from 'satteri';
import { withBase } from '../src/lib/urls';

/**
 * A Sätteri hast plugin that prefixes root-relative Markdown links (`[quiz](/quiz/)`) with the
 * configured base path. Authors always write links as if the site lived at the domain root; the
 * same content then deploys unchanged under a sub-path such as GitHub Pages' `/<repo>/`.
 * It must run before starlight-links-validator, which expects links to include the base.
 */
export function baseLinksPlugin(base: string) {
	return defineHastPlugin({
		name: 'base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.['href'];
				if (typeof href !== 'string') return;
				const prefixed = withBase(href, base);
				if (prefixed !== href) ctx.setProperty(node, 'href', prefixed);
			},
		},
	});
}
