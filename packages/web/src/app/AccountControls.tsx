import type { Viewer } from '../auth/use-viewer';
import { MobileNav } from './MobileNav';
import type { NavItem } from './nav-items';
import { UserMenu } from './UserMenu';

/**
 * The signed-in person's menu (wide screens) and drawer (narrow ones). Loaded
 * on demand: visitors who are not signed in never download menus and drawers.
 */
export function AccountControls({ viewer, items }: { viewer: Viewer; items: NavItem[] }) {
  return (
    <>
      <UserMenu viewer={viewer} items={items.filter((item) => item.inMenu)} />
      <MobileNav viewer={viewer} items={items} />
    </>
  );
}
