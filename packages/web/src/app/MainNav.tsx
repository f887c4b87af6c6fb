import { Badge, Group } from '@mantine/core';
import { NavLink } from 'react-router';
import type { NavItem } from './nav-items';
import classes from './Nav.module.css';

/** The header's links on wide screens; the current page is marked with `aria-current`. */
export function MainNav({ items }: { items: NavItem[] }) {
  return (
    <nav aria-label="Main" className={classes.mainNav}>
      <Group gap={4} wrap="nowrap" component="ul" className={classes.list}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className={classes.link}>
              {item.label}
              <NavBadge count={item.badge} />
            </NavLink>
          </li>
        ))}
      </Group>
    </nav>
  );
}

/** "3", read as "3 waiting for you"; nothing at 0. */
export function NavBadge({ count }: { count: number | undefined }) {
  if (!count) return null;
  return (
    <Badge size="sm" circle={count < 10} ml={6} color="orange" variant="filled" data-nav-badge={count} aria-label={`${count} waiting for you`}>
      {count > 99 ? '99+' : count}
    </Badge>
  );
}
