/**
 * Writes text to the clipboard. False where the clipboard is out of reach: no Clipboard API (an
 * insecure page, an old browser), or the browser refuses (a sandboxed embed, no permission).
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard || typeof clipboard.writeText !== 'function') return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
