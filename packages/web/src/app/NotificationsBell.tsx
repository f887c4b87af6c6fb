import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import IconBell from '@tabler/icons-react/icons/IconBell';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { relativeTime } from '../domain/dates';
import { badgeCount, describeNotification } from '../domain/notifications';
import { MarkNotificationsReadDocument, NotificationBellDocument } from '../graphql/documents';
import { describeError } from '../graphql/errors';

/**
 * The header's bell: the unread count (kept live by LiveNotifications, which
 * refetches `NotificationBell` on every event), the newest notifications, and
 * "Mark all as read".
 */
export function NotificationsBell() {
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const { data, error, loading, refetch } = useQuery(NotificationBellDocument, { variables: { first: 10 } });
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument, { refetchQueries: ['NotificationBell'], awaitRefetchQueries: true });
  const [problem, setProblem] = useState<string | null>(null);
  const unread = data?.viewer?.unreadNotificationCount ?? 0;
  const items = data?.viewer?.notifications?.nodes ?? [];
  const badge = badgeCount(unread);
  const label = unread ? `Notifications, ${unread} unread` : 'Notifications';

  async function markAll() {
    const newest = items[0]?.seq;
    if (typeof newest !== 'number') return;
    setProblem(null);
    try {
      await markRead({ variables: { input: { upToSeq: newest } } });
    } catch (caught) {
      setProblem(describeError(caught));
    }
  }

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" radius="md" trapFocus returnFocus>
      <Popover.Target>
        <Indicator label={badge} disabled={!badge} size={18} offset={4} color="red" data-unread-count={unread}>
          <ActionIcon variant="default" size="lg" radius="md" aria-label={label} aria-haspopup="dialog" aria-expanded={opened} onClick={() => setOpened((o) => !o)}>
            <IconBell size={18} aria-hidden />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} role="dialog" aria-label="Notifications">
        <Group justify="space-between" px="md" py="sm">
          <Text fw={700}>Notifications</Text>
          <Button size="compact-sm" variant="subtle" disabled={!unread} loading={marking.loading} onClick={() => void markAll()}>
            Mark all as read
          </Button>
        </Group>
        <Text size="xs" c="dimmed" px="md" aria-live="polite">
          {unread ? `${unread} unread` : 'All caught up.'}
        </Text>
        {(problem || error) && (
          <Group px="md" py="xs" gap="xs">
            <Text size="sm" c="red" role="alert">
              {problem ?? describeError(error)}
            </Text>
            {error && (
              <Button size="compact-xs" variant="default" onClick={() => void refetch().catch(() => {})}>
                Try again
              </Button>
            )}
          </Group>
        )}
        <ScrollArea.Autosize mah={360} type="auto">
          {loading && !data ? (
            <Text size="sm" c="dimmed" p="md">
              Loading…
            </Text>
          ) : items.length === 0 ? (
            <Text size="sm" c="dimmed" p="md">
              Nothing yet. Requests, sessions and meetings show up here.
            </Text>
          ) : (
            <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: '4px 0' }}>
              {items.map((item, index) => {
                const { text, to } = describeNotification(item);
                const isUnread = index < unread;
                return (
                  <li key={item.seq ?? index}>
                    <UnstyledButton
                      w="100%"
                      px="md"
                      py="xs"
                      data-unread={isUnread || undefined}
                      style={{ display: 'block', background: isUnread ? 'var(--mantine-color-spruce-light)' : undefined }}
                      onClick={() => {
                        setOpened(false);
                        void navigate(to);
                      }}
                    >
                      <Text size="sm" fw={isUnread ? 600 : 400}>
                        {isUnread && <VisuallyHidden>Unread: </VisuallyHidden>}
                        {text}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {relativeTime(item.createdAt)}
                      </Text>
                    </UnstyledButton>
                  </li>
                );
              })}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
