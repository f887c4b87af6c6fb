import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Avatar, Group, Indicator, Text, Tooltip } from '@mantine/core';
import IconArrowLeft from '@tabler/icons-react/icons/IconArrowLeft';
import IconPlugConnectedX from '@tabler/icons-react/icons/IconPlugConnectedX';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { initials } from '../../app/initials';
import { useViewer } from '../../auth/use-viewer';
import { formatDateTime } from '../../domain/dates';
import { createRoom, presenceOf, unreadDividerSeq, type PresenceStatus } from '../../domain/live-room';
import { LiveSessionDocument, type LiveSessionQuery } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { ChatPanel } from './ChatPanel';
import { MeetingBrief } from './MeetingBrief';
import { GoalBoardView } from '../board/GoalBoardView';
import { SessionWorkspace } from './SessionWorkspace';
import { SidePanel, toItem } from './SidePanel';
import classes from './SessionRoom.module.css';
import { HISTORY_PAGE, toRoomMessage, useSessionRoom, type SessionRoomInit } from './use-session-room';

type Session = Extract<NonNullable<LiveSessionQuery['node']>, { __typename: 'LiveSession' }>;

/** `/sessions/:sessionId`: the live room of a mentorship — chat, presence, the goal board, shared notes and action items. */
export function SessionPage() {
  const { sessionId = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, loading, refetch } = useQuery(LiveSessionDocument, {
    variables: { id: sessionId, last: HISTORY_PAGE },
    fetchPolicy: 'network-only',
    // The room's own stream replays what was missed.
    refetchOn: { reconnect: false },
  });

  if (!data || !viewer) {
    return error ? (
      <ErrorState error={error} title="This session could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <PageSkeleton label="Loading the session…" />
    );
  }
  const session = data.node?.__typename === 'LiveSession' ? (data.node as Session) : null;
  if (!session) {
    return (
      <Page size="md">
        <PageHeader title="Session not found" description="It does not exist, or it is not one of yours." />
        <Anchor component={Link} to="/mentorships">
          All mentorships
        </Anchor>
      </Page>
    );
  }
  return <SessionRoomView key={session.id} session={session} viewerId={viewer.id} />;
}

const PRESENCE_LABEL: Record<PresenceStatus, { text: string; color: string }> = {
  ONLINE: { text: 'online', color: 'green' },
  AWAY: { text: 'away', color: 'yellow' },
  OFFLINE: { text: 'offline', color: 'gray' },
};

function SessionRoomView({ session, viewerId }: { session: Session; viewerId: string }) {
  // The room starts from what the page loaded; the stream carries on from its head.
  const init = useMemo<SessionRoomInit & { dividerSeq: number | null }>(() => {
    const messages = session.messages.nodes.map(toRoomMessage);
    const readMarkers = Object.fromEntries(session.readMarkers.map((m) => [m.user.id, m.lastReadSeq]));
    return {
      sessionId: session.id,
      startCursor: session.messages.pageInfo.startCursor ?? null,
      hasPrevious: session.messages.pageInfo.hasPreviousPage,
      dividerSeq: unreadDividerSeq(messages, readMarkers[viewerId] ?? 0, viewerId),
      state: createRoom({
        lastSeq: session.head,
        messages,
        readMarkers,
        notes: { text: session.notes, version: session.notesVersion },
        actionItems: session.actionItems.map(toItem),
      }),
    };
    // Only the first load seeds the room.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session.id]);
  const room = useSessionRoom(init);
  const { mentor, mentee } = session.mentorship;
  const other = mentor.id === viewerId ? mentee : mentor;
  const me = mentor.id === viewerId ? mentor : mentee;
  const people = [
    { ...me, status: 'ONLINE' as PresenceStatus, you: true },
    { ...other, status: presenceOf(room.state, other.id, room.now), you: false },
  ];

  return (
    <Page size="xl">
      <Anchor component={Link} to={`/mentorships/${session.mentorship.id}`} size="sm" mb="md" display="inline-block">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden /> The mentorship with {other.displayName}
        </Group>
      </Anchor>
      <PageHeader
        eyebrow="Live session"
        title={session.title}
        description={session.occurrenceStart ? `Scheduled meeting of ${formatDateTime(session.occurrenceStart)}.` : `Started ${formatDateTime(session.createdAt)}.`}
        actions={
          <Group gap="sm" role="group" aria-label="Who is here" data-presence-list>
            {people.map((person) => {
              const label = PRESENCE_LABEL[person.status];
              const name = person.you ? `${person.displayName} (you)` : person.displayName;
              return (
                <Tooltip key={person.id} label={`${name}: ${label.text}`}>
                  <Group gap={6} wrap="nowrap" data-presence={person.displayName} data-status={person.status} tabIndex={0} aria-label={`${name}: ${label.text}`}>
                    <Indicator color={label.color} size={12} offset={4} position="bottom-end" withBorder classNames={{ indicator: classes.presenceDot }}>
                      <Avatar radius="xl" color="spruce" aria-hidden>
                        {initials(person.displayName)}
                      </Avatar>
                    </Indicator>
                    <Text size="sm" c="dimmed" visibleFrom="sm" aria-hidden>
                      {label.text}
                    </Text>
                  </Group>
                </Tooltip>
              );
            })}
          </Group>
        }
      />
      <MeetingBrief meeting={session.meeting} />
      {room.sync !== 'live' && (
        <Alert
          role="status"
          variant="light"
          color="orange"
          mb="md"
          icon={<IconPlugConnectedX size={20} aria-hidden />}
          data-room-banner={room.sync}
        >
          {room.sync === 'reconnecting'
            ? 'Reconnecting… Messages you send are kept and go out when the connection is back.'
            : 'Back online: catching up on what you missed…'}
        </Alert>
      )}
      {room.ended && (
        <Alert role="alert" variant="light" color="red" mb="md" title="The room closed">
          {room.ended}
        </Alert>
      )}
      <SessionWorkspace
        chat={<ChatPanel room={room} viewerId={viewerId} otherName={other.displayName} otherId={other.id} sessionId={session.id} dividerSeq={init.dividerSeq} />}
        side={<SidePanel room={room} sessionId={session.id} people={[me, other]} viewerId={viewerId} />}
        board={<GoalBoardView mentorshipId={session.mentorship.id} variant="embedded" />}
      />
    </Page>
  );
}
