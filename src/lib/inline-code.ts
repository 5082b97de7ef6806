export interface TextSegment {
	readonly text: string;
	readonly code: boolean;
}

/**
 * Splits plain text with `backtick` code spans into segments, so data-driven prose (claims,
 * quiz reasons) can show code without ever being rendered as HTML. An unmatched backtick is
 * kept as literal text.
 */
export function splitInlineCode(text: string): TextSegment[] {
	const segments: TextSegment[] = [];
	const pattern = /`([^`]+)`/g;
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const start = match.index;
		if (start > last) segments.push({ text: text.slice(last, start), code: false });
		segments.push({ text: match[1] ?? '', code: true });
		last = start + match[0].length;
	}
	if (last < text.length) segments.push({ text: text.slice(last), code: false });
	return segments;
}
