import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves focus to a page's heading when the page is reached by navigating
 * within the app, so keyboard and screen reader users start at the new page
 * instead of the link they pressed. Not on the first load: there, the
 * browser's own start (top of the document, skip link first) is right.
 */
export function usePageFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const { key } = useLocation();
  const navigated = key !== 'default';
  useEffect(() => {
    if (navigated) ref.current?.focus();
    // Once per page, when it appears; not again on query changes.
  }, []);
  return ref;
}

/** "Settings · Mentorspace" in the tab and the history list. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Mentorspace` : 'Mentorspace';
  }, [title]);
}
