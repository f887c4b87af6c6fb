import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import IconChevronDown from '@tabler/icons-react/icons/IconChevronDown';
import IconLogout from '@tabler/icons-react/icons/IconLogout';
import { Link } from 'react-router';
import { useSignOut } from '../auth/leave-account';
import type { Viewer } from '../auth/use-viewer';
import { initials } from './initials';
import { ACCOUNT_ITEMS, type NavItem } from './nav-items';
import classes from './Nav.module.css';

/** The signed-in person's menu on wide screens: who is signed in, their role editors, programs, settings, sign out. */
export function UserMenu({ viewer, items }: { viewer: Viewer; items: NavItem[] }) {
  const { signOut } = useSignOut();
  return (
    <Menu position="bottom-end" width={240} shadow="md" radius="md">
      <Menu.Target>
        <UnstyledButton className={`${classes.menuTarget} ${classes.wide}`} aria-label={`Account: ${viewer.displayName}`}>
          <Group gap={6} wrap="nowrap">
            <Avatar size={32} radius="xl" color="spruce" variant="light" aria-hidden>
              {initials(viewer.displayName)}
            </Avatar>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <div style={{ padding: '8px 12px' }}>
          <Text size="sm" fw={700} truncate="end">
            {viewer.displayName}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {viewer.email}
          </Text>
        </div>
        <Menu.Divider />
        {[...ACCOUNT_ITEMS, ...items].map(({ to, label, icon: Icon }) => (
          <Menu.Item key={to} component={Link} to={to} leftSection={<Icon size={16} aria-hidden />}>
            {label}
          </Menu.Item>
        ))}
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
