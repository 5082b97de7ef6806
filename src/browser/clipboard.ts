/**
 * Copies text, preferring the async Clipboard API and falling back to a selected, off-screen
 * textarea where the API is missing or refused (insecure origins, some embedded browsers).
 * Resolves to whether the copy succeeded; never throws.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
	try {
		if (navigator.clipboard?.writeText) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Fall through to the legacy path.
	}
	const area = doc.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.opacity = '0';
	doc.body.append(area);
	area.select();
	let ok: boolean;
	try {
		ok = doc.execCommand('copy');
	} catch {
		ok = false;
	}
	area.remove();
	return ok;
}
