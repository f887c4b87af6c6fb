import { Avatar, Burger, Button, Drawer, Group, NavLink as MantineNavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import IconLogout from '@tabler/icons-react/icons/IconLogout';
import { useEffect } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useSignOut } from '../auth/leave-account';
import type { Viewer } from '../auth/use-viewer';
import { initials } from './initials';
import { NavBadge } from './MainNav';
import { ACCOUNT_ITEMS, type NavItem } from './nav-items';
import classes from './Nav.module.css';

/** Narrow screens: a menu button opening a drawer with the same links, and sign out. */
export function MobileNav({ viewer, items }: { viewer: Viewer; items: NavItem[] }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { signOut, signingOut } = useSignOut();
  const { pathname } = useLocation();
  useEffect(close, [pathname, close]);

  return (
    <>
      <Burger
        opened={opened}
        onClick={toggle}
        size="sm"
        aria-label={opened ? 'Close menu' : 'Open menu'}
        aria-expanded={opened}
        className={classes.narrow}
      />
      <Drawer opened={opened} onClose={close} position="right" size="xs" title="Menu" radius={0}>
        <Stack gap="lg">
          <Group gap="sm" wrap="nowrap">
            <Avatar radius="xl" color="spruce" variant="light" aria-hidden>
              {initials(viewer.displayName)}
            </Avatar>
            <div style={{ minWidth: 0 }}>
              <Text fw={700} size="sm" truncate="end">
                {viewer.displayName}
              </Text>
              <Text size="xs" c="dimmed" truncate="end">
                {viewer.email}
              </Text>
            </div>
          </Group>
          <nav aria-label="Main">
            {[...items, ...ACCOUNT_ITEMS].map(({ to, label, icon: Icon, end, badge }) => (
              <MantineNavLink
                key={to}
                component={NavLink}
                to={to}
                end={end}
                label={label}
                leftSection={<Icon size={20} stroke={1.75} aria-hidden />}
                rightSection={<NavBadge count={badge} />}
                active={end ? pathname === to : pathname === to || pathname.startsWith(`${to}/`)}
                className={classes.drawerLink}
              />
            ))}
          </nav>
          <Button variant="default" leftSection={<IconLogout size={18} aria-hidden />} loading={signingOut} onClick={() => void signOut()}>
            Sign out
          </Button>
        </Stack>
      </Drawer>
    </>
  );
}
