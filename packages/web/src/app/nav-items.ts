import IconClipboardList from '@tabler/icons-react/icons/IconClipboardList';
import IconCalendar from '@tabler/icons-react/icons/IconCalendar';
import IconHeartHandshake from '@tabler/icons-react/icons/IconHeartHandshake';
import IconHome from '@tabler/icons-react/icons/IconHome';
import IconInbox from '@tabler/icons-react/icons/IconInbox';
import IconSchool from '@tabler/icons-react/icons/IconSchool';
import IconSearch from '@tabler/icons-react/icons/IconSearch';
import IconSettings from '@tabler/icons-react/icons/IconSettings';
import IconUserStar from '@tabler/icons-react/icons/IconUserStar';
import type { ComponentType } from 'react';
import type { Viewer } from '../auth/use-viewer';

export interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
  /** Active only on this exact path (home), not below it. */
  end?: boolean;
  /** A count of what waits for the person there (open requests). */
  badge?: number;
  /** Kept in the account menu on wide screens, so the top bar holds only the daily places. */
  inMenu?: boolean;
}

/**
 * The signed-in navigation: finding a mentor, requests and mentorships, the
 * schedule; then the editors for the roles someone holds and settings, which
 * wide screens keep in the account menu.
 */
export function navItemsFor(viewer: Viewer, waiting = 0): NavItem[] {
  if (!viewer.onboarded) return [{ to: '/settings', label: 'Settings', icon: IconSettings }];
  return [
    { to: '/', label: 'Home', icon: IconHome, end: true },
    ...(viewer.roles.isMentee ? [{ to: '/mentors', label: 'Mentors', icon: IconSearch }] : []),
    { to: '/requests', label: 'Requests', icon: IconInbox, badge: waiting },
    { to: '/mentorships', label: 'Mentorships', icon: IconHeartHandshake },
    { to: '/schedule', label: 'Schedule', icon: IconCalendar },
    ...(viewer.roles.isMentor ? [{ to: '/profile', label: 'Mentor profile', icon: IconUserStar, inMenu: true }] : []),
    ...(viewer.roles.isMentee ? [{ to: '/needs-assessment', label: 'Needs assessment', icon: IconClipboardList, inMenu: true }] : []),
    { to: '/settings', label: 'Settings', icon: IconSettings, inMenu: true },
  ];
}

/** Less frequent places, in the account menu (wide screens) and the drawer (narrow ones) rather than the top bar. */
export const ACCOUNT_ITEMS: readonly NavItem[] = [{ to: '/programs', label: 'Programs', icon: IconSchool }];
