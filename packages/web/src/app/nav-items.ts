import IconClipboardList from '@tabler/icons-react/icons/IconClipboardList';
import IconHome from '@tabler/icons-react/icons/IconHome';
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
}

/** The signed-in navigation: the editors for the roles someone holds, then settings. */
export function navItemsFor(viewer: Viewer): NavItem[] {
  if (!viewer.onboarded) return [{ to: '/settings', label: 'Settings', icon: IconSettings }];
  return [
    { to: '/', label: 'Home', icon: IconHome, end: true },
    ...(viewer.roles.isMentor ? [{ to: '/profile', label: 'Profile', icon: IconUserStar }] : []),
    ...(viewer.roles.isMentee ? [{ to: '/needs-assessment', label: 'Needs assessment', icon: IconClipboardList }] : []),
    { to: '/settings', label: 'Settings', icon: IconSettings },
  ];
}
