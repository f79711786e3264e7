/**
 * What a story may pretend about the page: a tab in the background, a page being printed. Every story
 * starts from a visible page on screen (`resetPageEmulation` runs before each, see .storybook/preview.ts),
 * so a story may leave its emulation in place for browsing.
 */

/** Marks the document hidden or visible and tells listeners, as a browser does on tab switches. */
export function setDocumentVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

/** Back to the real page: the browser's own visibility, and no print in progress. */
export function resetPageEmulation() {
  const emulated = Object.prototype.hasOwnProperty.call(document, 'visibilityState');
  Reflect.deleteProperty(document, 'visibilityState');
  Reflect.deleteProperty(document, 'hidden');
  if (emulated) document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  window.dispatchEvent(new Event('afterprint'));
}
