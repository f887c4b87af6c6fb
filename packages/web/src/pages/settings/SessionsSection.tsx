import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconDeviceDesktop from '@tabler/icons-react/icons/IconDeviceDesktop';
import IconDeviceMobile from '@tabler/icons-react/icons/IconDeviceMobile';
import IconLogout from '@tabler/icons-react/icons/IconLogout';
import { useState } from 'react';
import { useLeaveAccount } from '../../auth/leave-account';
import { formatDateTime, relativeTime } from '../../domain/dates';
import { describeUserAgent } from '../../domain/user-agent';
import { MySessionsDocument, RevokeSessionDocument, SignOutEverywhereDocument, type MySessionsQuery } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorState } from '../../ui/ErrorState';
import { SectionCard } from '../../ui/SectionCard';
import classes from './SettingsPage.module.css';

type Session = NonNullable<NonNullable<MySessionsQuery['viewer']>['sessions']>['nodes'][number];

/** The most sessions listed; more than this is rare, and the count says so. */
const PAGE_SIZE = 50;

export function SessionsSection({ id, className }: { id: string; className?: string }) {
  const { data, error, loading, refetch } = useQuery(MySessionsDocument, { variables: { first: PAGE_SIZE } });
  const [confirming, setConfirming] = useState(false);
  const [signOutEverywhere, { loading: signingOut }] = useMutation(SignOutEverywhereDocument);
  const leave = useLeaveAccount();
  const sessions = data?.viewer?.sessions;

  async function everywhere() {
    try {
      await signOutEverywhere();
      setConfirming(false);
      await leave('You are signed out everywhere, including here.');
    } catch (caught) {
      setConfirming(false);
      notifications.show({ color: 'red', title: 'Nothing was signed out', message: describeError(caught) });
    }
  }

  return (
    <SectionCard
      id={id}
      className={className}
      title="Where you are signed in"
      description="Each browser or device signed in to your account. Sign out any you do not recognise, then change your password."
      aside={sessions && <Badge variant="light" color="gray">{sessions.totalCount}</Badge>}
    >
      {error && !data ? (
        <ErrorState inline error={error} title="Your sessions could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
      ) : !sessions ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading sessions">
          {[0, 1].map((key) => (
            <Skeleton key={key} height={52} radius="md" />
          ))}
        </Stack>
      ) : (
        <div role="list" aria-label="Signed-in browsers" data-sessions>
          {sessions.nodes.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
          {sessions.totalCount > sessions.nodes.length && (
            <Text size="sm" c="dimmed" pt="sm">
              Showing the {sessions.nodes.length} most recent of {sessions.totalCount}.
            </Text>
          )}
        </div>
      )}
      <Group>
        <Button color="red" variant="light" leftSection={<IconLogout size={18} aria-hidden />} onClick={() => setConfirming(true)}>
          Sign out everywhere
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => void everywhere()}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        danger
        loading={signingOut}
      >
        Every browser and device signed in to your account is signed out, this one included. Personal access tokens keep working; revoke
        them separately.
      </ConfirmModal>
    </SectionCard>
  );
}

function SessionRow({ session }: { session: Session }) {
  const [revoke, { loading }] = useMutation(RevokeSessionDocument, { refetchQueries: [MySessionsDocument], awaitRefetchQueries: true });
  const device = describeUserAgent(session.userAgent);
  const mobile = /iPhone|Android|iPad/.test(device);
  const Icon = mobile ? IconDeviceMobile : IconDeviceDesktop;

  async function signOutSession() {
    try {
      const { data } = await revoke({ variables: { input: { sessionId: session.id } } });
      const problem = data?.revokeSession.userErrors[0];
      if (problem) notifications.show({ color: 'red', title: 'Not signed out', message: problem.message });
      else notifications.show({ color: 'spruce', message: `${device} is signed out.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not signed out', message: describeError(error) });
    }
  }

  return (
    <Group role="listitem" justify="space-between" wrap="nowrap" gap="md" className={classes.row} data-session={session.current ? 'current' : 'other'}>
      <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
        <ThemeIcon variant="light" color={session.current ? 'spruce' : 'gray'} size={40} radius="md" className={classes.rowIcon}>
          <Icon size={22} stroke={1.75} aria-hidden />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Group gap={8}>
            <Text fw={600} size="sm">
              {device}
            </Text>
            {session.current && (
              <Badge size="sm" variant="light" color="spruce">
                This browser
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            Signed in <time dateTime={session.createdAt} title={formatDateTime(session.createdAt)}>{relativeTime(session.createdAt)}</time>
            {' · '}
            Last active <time dateTime={session.lastSeenAt} title={formatDateTime(session.lastSeenAt)}>{relativeTime(session.lastSeenAt)}</time>
            {session.ipAddress && ` · ${session.ipAddress}`}
          </Text>
        </div>
      </Group>
      {!session.current && (
        <Button
          size="compact-sm"
          variant="default"
          loading={loading}
          onClick={() => void signOutSession()}
          aria-label={`Sign out ${device}, last active ${relativeTime(session.lastSeenAt)}`}
          className={classes.rowAction}
        >
          Sign out
        </Button>
      )}
    </Group>
  );
}
