const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

function describedBy(element: Element): string[] {
  return (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
}

/**
 * After a submit that failed, focus goes to the first field in error, in page
 * order, so a screen reader reads its label and message and a keyboard user can
 * fix it at once; with no field in error, to the form's alert. A field is in
 * error when it is `aria-invalid`, or (groups of checkboxes or radios) when it
 * is described by a Mantine error message (`…-error`).
 */
export function focusFirstError(root: HTMLElement | null): void {
  if (!root) return;
  const candidates = root.querySelectorAll<HTMLElement>('[aria-invalid="true"], [aria-describedby]');
  for (const element of candidates) {
    const invalid =
      element.getAttribute('aria-invalid') === 'true' ||
      describedBy(element).some((id) => id.endsWith('-error') && document.getElementById(id));
    if (!invalid) continue;
    const target = element.matches(FOCUSABLE)
      ? element
      : (element.querySelector<HTMLElement>('input:checked') ?? element.querySelector<HTMLElement>(FOCUSABLE));
    if (target) {
      target.focus();
      return;
    }
  }
  root.querySelector<HTMLElement>('[data-form-error]')?.focus();
}
