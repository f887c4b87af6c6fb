import { Group } from '@mantine/core';
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
            </NavLink>
          </li>
        ))}
      </Group>
    </nav>
  );
}
