import { htmlElement } from './html-element';

/**
 * Copies text from a content script. The async Clipboard API needs a secure context and a focused
 * document; on plain-http pages the old `execCommand('copy')` path still works inside the click,
 * using a textarea in our own shadow root so the page's DOM is not touched.
 */
export async function copyText(text: string, scratch: ShadowRoot | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the legacy path
  }
  if (!scratch) return false;
  const area = htmlElement(scratch.ownerDocument, 'textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0;';
  scratch.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
