import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { describeError } from '../graphql/errors';
import { focusFirstError } from './focus-first-error';
import { fieldMatcher, mapUserErrors, type UserErrorLike } from './user-errors';

export interface ServerFormOptions {
  /** The paths this form shows errors at; `*` stands for a list index (see `fieldMatcher`). */
  fields: readonly string[];
  /** Input paths the form names differently, e.g. `{ expiresAt: 'expiry' }`. */
  aliases?: Readonly<Record<string, string>>;
}

/**
 * A submit handler: sends the mutation, returns its `userErrors` when it was
 * refused (nothing else to do), or nothing when it succeeded.
 */
export type ServerSubmit<Values> = (values: Values) => Promise<readonly UserErrorLike[] | void>;

/**
 * Wires a @mantine/form form to a mutation: while it runs, `form.submitting`
 * is true (for the button's loading state); `userErrors` appear next to their
 * fields, anything else in the alert above the form; and after every failed
 * attempt, focus moves to the first field in error (or the alert).
 */
export function useServerForm<Values, Transformed = Values>(
  form: UseFormReturnType<Values, Transformed>,
  { fields, aliases }: ServerFormOptions,
) {
  const formRef = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  // Focus after React has rendered the messages: bump, then act in an effect.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest) focusFirstError(formRef.current);
  }, [focusRequest]);

  const shows = fieldMatcher(fields);
  const requestFocus = () => setFocusRequest((n) => n + 1);

  /** Shows a payload's `userErrors`; true when there were none. */
  function showUserErrors(userErrors: readonly UserErrorLike[]): boolean {
    if (userErrors.length === 0) return true;
    const mapped = mapUserErrors(userErrors, { shows, aliases });
    form.setErrors(mapped.fields);
    setFormError(mapped.form.length ? mapped.form.join(' ') : null);
    requestFocus();
    return false;
  }

  function showError(error: unknown) {
    setFormError(describeError(error));
    requestFocus();
  }

  function onSubmit(submit: ServerSubmit<Transformed>): (event?: FormEvent<HTMLFormElement>) => void {
    return form.onSubmit(
      async (values) => {
        setFormError(null);
        try {
          const userErrors = await submit(values);
          if (userErrors) showUserErrors(userErrors);
        } catch (error) {
          showError(error);
        }
      },
      () => {
        setFormError(null);
        requestFocus();
      },
    );
  }

  return { formRef, formError, setFormError, onSubmit, showUserErrors, showError };
}
