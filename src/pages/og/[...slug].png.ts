/**
 * `/og/<page>.png`: each page's social preview card, 1200×630, rendered at build time by Satori
 * (layout and text to SVG, with the text as paths) and resvg (SVG to PNG). Everything it needs
 * is read from disk, the Inter font from @fontsource/inter (Satori reads WOFF, not WOFF2) and the
 * logo from src/assets, so the build makes no request and renders the same bytes everywhere.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import logoSvg from '~/assets/logo.svg?raw';
import { socialCardFor } from '~/data/social-cards';
import { SOCIAL_CARD_SIZE, socialCardTree, type SocialCard } from '~/lib/social-card';

// Resolved from the project root, not from this module: the build bundles this file elsewhere.
const resolvePackageFile = createRequire(`${process.cwd()}/`).resolve;
const logoDataUri = `data:image/svg+xml;base64,${Buffer.from(logoSvg).toString('base64')}`;

async function loadFonts() {
	const weights = [400, 600, 700] as const;
	return Promise.all(
		weights.map(async (weight) => ({
			name: 'Inter',
			weight,
			style: 'normal' as const,
			data: await readFile(
				resolvePackageFile(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`),
			),
		})),
	);
}

// Both are loaded once per build, on first use; resvg's WebAssembly may be initialised only once.
let ready: Promise<Awaited<ReturnType<typeof loadFonts>>> | undefined;
function prepare() {
	ready ??= (async () => {
		await initWasm(readFile(resolvePackageFile('@resvg/resvg-wasm/index_bg.wasm')));
		return loadFonts();
	})();
	return ready;
}

/** The PNG bytes of one card. */
async function renderCard(card: SocialCard): Promise<Uint8Array> {
	const fonts = await prepare();
	// Satori's types expect a React node; the tree has exactly that shape without React.
	const svg = await satori(
		socialCardTree(card, logoDataUri) as unknown as Parameters<typeof satori>[0],
		{ ...SOCIAL_CARD_SIZE, fonts: [...fonts] },
	);
	const resvg = new Resvg(svg, { fitTo: { mode: 'original' } });
	const image = resvg.render();
	const bytes = image.asPng();
	image.free();
	resvg.free();
	return bytes;
}

export const getStaticPaths = (async () => {
	const entries = await getCollection('docs');
	return entries.map((entry) => ({
		params: { slug: entry.id },
		props: { card: socialCardFor(entry) },
	}));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(Buffer.from(await renderCard(props.card)), {
		headers: { 'Content-Type': 'image/png' },
	});
