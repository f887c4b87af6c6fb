// Chromium is launched exactly as the e2e tests launch it (Debian's, headless, no background networking).
export { launchBrowser as launchChromium } from '@mentorspace/e2e/harness/browser';

/** What makes a page usable: an editable field, and (optionally) some text already shown in a region. */
export type Readiness = {
  editable: string;
  text?: { within: string; includes: string };
};

/**
 * Runs in the page before any of its scripts (an init script): resolves
 * `window.__benchReady` with `performance.now()` — milliseconds since the
 * navigation started — at the first DOM change after which the page is usable.
 * Watching mutations in the page itself avoids the polling delay of waiting
 * from outside.
 */
export function watchReadiness(readiness: Readiness): void {
  const usable = () => {
    const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(readiness.editable);
    if (!field || field.disabled || field.readOnly) return false;
    if (!readiness.text) return true;
    return Boolean(document.querySelector(readiness.text.within)?.textContent?.includes(readiness.text.includes));
  };
  (window as unknown as { __benchReady: Promise<number> }).__benchReady = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!usable()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}
