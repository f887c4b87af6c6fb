/**
 * A verification link works once. React's development double-render (and a
 * remount) must not spend it twice, so each token is sent once per page load
 * and every caller shares that answer.
 */
const attempts = new Map<string, Promise<unknown>>();

export function once<T>(token: string, send: () => Promise<T>): Promise<T> {
  let attempt = attempts.get(token) as Promise<T> | undefined;
  if (!attempt) {
    attempt = send();
    attempts.set(token, attempt);
  }
  return attempt;
}
