/** Where people go around signing in, pure so it can be tested. */

export const HOME_PATH = '/';
export const SIGN_IN_PATH = '/sign-in';
export const ONBOARDING_PATH = '/onboarding';

/** Pages a signed-in person has no reason to be sent back to. */
const NOT_A_DESTINATION = ['/sign-in', '/sign-up', '/forgot-password', '/reset-password'];

/**
 * The `next` query parameter, if it is a path on this site worth returning to;
 * home otherwise. Refuses other origins (`//evil.example`, `https:…`,
 * `/\evil.example`), so a crafted link cannot send someone off-site after sign-in.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return HOME_PATH;
  let url: URL;
  try {
    url = new URL(next, 'https://mentorspace.invalid');
  } catch {
    return HOME_PATH;
  }
  if (url.origin !== 'https://mentorspace.invalid') return HOME_PATH;
  if (NOT_A_DESTINATION.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))) return HOME_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/sign-in?next=…` back to where someone was (home needs no `next`). */
export function signInPathFrom(location: { pathname: string; search?: string; hash?: string }): string {
  const here = `${location.pathname}${location.search ?? ''}${location.hash ?? ''}`;
  const next = safeNextPath(here);
  return next === HOME_PATH ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}

export interface Roles {
  isMentor: boolean;
  isMentee: boolean;
}

/** After choosing roles: mentees (and those who are both) start with their needs assessment, mentors with their profile. */
export function pathAfterOnboarding(roles: Roles): string {
  if (roles.isMentee) return '/needs-assessment';
  if (roles.isMentor) return '/profile';
  return HOME_PATH;
}
