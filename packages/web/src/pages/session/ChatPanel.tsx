import { useMutation } from '@apollo/client/react';
import { ActionIcon, Avatar, Button, Card, Divider, Group, Menu, Text, Textarea, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconDots from '@tabler/icons-react/icons/IconDots';
import IconMoodSmile from '@tabler/icons-react/icons/IconMoodSmile';
import IconSend from '@tabler/icons-react/icons/IconSend';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { initials } from '../../app/initials';
import {
  canEdit,
  groupMessages,
  REACTIONS,
  seenMessageId,
  typingNames,
  visiblePending,
  type PendingMessage,
  type RoomMessage,
} from '../../domain/live-room';
import { DeleteMessageDocument, EditMessageDocument, MarkSessionReadDocument, ReactToMessageDocument, SetTypingDocument } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { ConfirmModal } from '../../ui/ConfirmModal';
import classes from './SessionRoom.module.css';
import type { SessionRoom } from './use-session-room';

const TYPING_THROTTLE_MS = 3_000;
const TYPING_IDLE_MS = 4_000;

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const time = (iso: string) => timeFormat.format(new Date(iso));

export interface ChatPanelProps {
  room: SessionRoom;
  sessionId: string;
  viewerId: string;
  otherId: string;
  otherName: string;
  /** The unread divider's place, fixed when the room opened. */
  dividerSeq: number | null;
}

/** The chat: history that scrolls back, grouped messages, the unread divider, pending sends, typing, and the composer. */
export function ChatPanel({ room, sessionId, viewerId, otherId, otherName, dividerSeq }: ChatPanelProps) {
  const { state, now } = room;
  const logRef = useRef<HTMLDivElement>(null);
  const pending = visiblePending(state);
  const groups = groupMessages(state.messages, dividerSeq);
  const seenId = seenMessageId(state.messages, state.readMarkers[otherId], viewerId);
  const typing = typingNames(state, now, viewerId);
  const [deleting, setDeleting] = useState<RoomMessage | null>(null);
  const [deleteMessage, deleteState] = useMutation(DeleteMessageDocument);

  // Scrolling: start at the unread divider (or the end), follow new messages while near the end,
  // and keep the view still when older history is added above.
  const stick = useRef(true);
  const restoreFrom = useRef<number | null>(null);
  const firstScroll = useRef(true);
  useLayoutEffect(() => {
    const log = logRef.current;
    if (!log) return;
    if (firstScroll.current) {
      firstScroll.current = false;
      const divider = log.querySelector<HTMLElement>('[data-unread-divider]');
      if (divider) log.scrollTop = divider.offsetTop - log.offsetTop - 16;
      else log.scrollTop = log.scrollHeight;
      return;
    }
    if (restoreFrom.current !== null) {
      log.scrollTop += log.scrollHeight - restoreFrom.current;
      restoreFrom.current = null;
    } else if (stick.current) {
      log.scrollTop = log.scrollHeight;
    }
  }, [state.messages.length, pending.length, typing.length]);

  async function loadOlder() {
    restoreFrom.current = logRef.current?.scrollHeight ?? null;
    const added = await room.loadOlder();
    if (!added) restoreFrom.current = null;
  }

  // Reading: mark messages read as they come into view, while the page is visible.
  const [markRead] = useMutation(MarkSessionReadDocument);
  const seenSeq = useRef(state.readMarkers[viewerId] ?? 0);
  const markTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const visibleSeq = useRef(0);
  useEffect(() => {
    const log = logRef.current;
    if (!log) return;
    const flush = () => {
      clearTimeout(markTimer.current);
      markTimer.current = setTimeout(() => {
        if (document.visibilityState !== 'visible' || visibleSeq.current <= seenSeq.current) return;
        seenSeq.current = visibleSeq.current;
        void markRead({ variables: { input: { sessionId, seq: visibleSeq.current } } }).catch(() => {
          seenSeq.current = 0;
        });
      }, 600);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const seq = Number((entry.target as HTMLElement).dataset.seq);
          if (seq > visibleSeq.current) visibleSeq.current = seq;
        }
        flush();
      },
      { root: log, threshold: 0.6 },
    );
    for (const element of log.querySelectorAll('[data-seq]')) observer.observe(element);
    document.addEventListener('visibilitychange', flush);
    return () => {
      observer.disconnect();
      document.removeEventListener('visibilitychange', flush);
    };
  }, [state.messages, sessionId, markRead]);
  useEffect(() => () => clearTimeout(markTimer.current), []);

  return (
    <Card withBorder padding={0} component="section" aria-label="Chat" className={classes.chat}>
      <div
        ref={logRef}
        className={classes.log}
        role="log"
        aria-live="polite"
        aria-relevant="additions"
        aria-label={`Messages with ${otherName}`}
        tabIndex={0}
        data-message-log
        onScroll={(event) => {
          const log = event.currentTarget;
          stick.current = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
        }}
      >
        {room.history.hasPrevious ? (
          <Group justify="center">
            <Button size="compact-sm" variant="default" loading={room.history.loading} onClick={() => void loadOlder()} data-load-older>
              Load earlier messages
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed" ta="center">
            {state.messages.length || pending.length ? 'The start of this session.' : `No messages yet. Say hello to ${otherName}.`}
          </Text>
        )}
        {room.history.error && (
          <Text size="sm" c="red" ta="center" role="alert">
            Earlier messages could not be loaded: {room.history.error}
          </Text>
        )}
        {groups.map((group) => {
          const own = group.authorId === viewerId;
          const first = group.messages[0]!;
          return (
            <div key={first.id}>
              {first.seq === dividerSeq && (
                <Divider my="xs" label="New messages" labelPosition="center" className={classes.divider} data-unread-divider />
              )}
              <div className={[classes.group, own ? classes.groupOwn : ''].join(' ')} data-message-group={group.authorName}>
                <Avatar radius="xl" size="md" color={own ? 'spruce' : 'blue'} aria-hidden>
                  {initials(group.authorName)}
                </Avatar>
                <div className={classes.groupBody}>
                  <Group gap={8} wrap="nowrap" justify={own ? 'flex-end' : 'flex-start'}>
                    <Text size="sm" fw={600}>
                      {own ? 'You' : group.authorName}
                    </Text>
                    <Text size="xs" c="dimmed" component="time" dateTime={first.createdAt}>
                      {time(first.createdAt)}
                    </Text>
                  </Group>
                  {group.messages.map((message) => (
                    <MessageItem
                      key={message.id}
                      message={message}
                      own={own}
                      viewerId={viewerId}
                      now={now}
                      seen={message.id === seenId}
                      otherName={otherName}
                      onDelete={() => setDeleting(message)}
                      onChanged={room.mergeMessage}
                    />
                  ))}
                </div>
              </div>
            </div>
          );
        })}
        {pending.length > 0 && (
          <div className={[classes.group, classes.groupOwn].join(' ')}>
            <Avatar radius="xl" size="md" color="spruce" aria-hidden>
              You
            </Avatar>
            <div className={classes.groupBody}>
              {pending.map((p) => (
                <PendingItem key={p.clientMutationId} pending={p} onRetry={() => room.retry(p.clientMutationId)} onDiscard={() => room.discard(p.clientMutationId)} />
              ))}
            </div>
          </div>
        )}
      </div>
      <Text size="sm" c="dimmed" className={classes.typing} aria-live="polite" data-typing={typing.length ? typing.join(', ') : undefined}>
        {typing.length ? `${typing.join(' and ')} ${typing.length > 1 ? 'are' : 'is'} typing…` : ''}
      </Text>
      <Composer sessionId={sessionId} onSend={room.send} otherName={otherName} />
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete this message?"
        confirmLabel="Delete"
        danger
        loading={deleteState.loading}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            const { data } = await deleteMessage({ variables: { input: { messageId: deleting.id } } });
            const payload = data?.deleteMessage;
            if (payload?.message) room.mergeMessage(payload.message);
            else notifications.show({ color: 'red', title: 'Not deleted', message: payload?.userErrors[0]?.message ?? 'Try again.' });
            setDeleting(null);
          } catch (error) {
            notifications.show({ color: 'red', title: 'Not deleted', message: describeError(error) });
          }
        }}
      >
        It shows as “Message deleted” for both of you.
      </ConfirmModal>
    </Card>
  );
}

function PendingItem({ pending, onRetry, onDiscard }: { pending: PendingMessage; onRetry(): void; onDiscard(): void }) {
  const failed = pending.status === 'failed';
  return (
    <div className={classes.message} data-pending={pending.status}>
      <div className={[classes.bubble, classes.pending, failed ? classes.failed : ''].join(' ')}>
        <Text size="sm" data-message-body>
          {pending.body}
        </Text>
      </div>
      {failed ? (
        <Group gap="xs" role="alert">
          <Text size="xs" c="red">
            Not sent{pending.error ? `: ${pending.error}` : '.'}
          </Text>
          <Button size="compact-xs" variant="light" color="red" onClick={onRetry}>
            Retry
          </Button>
          <Button size="compact-xs" variant="subtle" color="gray" onClick={onDiscard}>
            Discard
          </Button>
        </Group>
      ) : (
        <Text size="xs" c="dimmed">
          Sending…
        </Text>
      )}
    </div>
  );
}

interface MessageItemProps {
  message: RoomMessage;
  own: boolean;
  viewerId: string;
  now: number;
  seen: boolean;
  otherName: string;
  onDelete(): void;
  onChanged: SessionRoom['mergeMessage'];
}

function MessageItem({ message, own, viewerId, now, seen, otherName, onDelete, onChanged }: MessageItemProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.body ?? '');
  const [edit, editState] = useMutation(EditMessageDocument);
  const [react] = useMutation(ReactToMessageDocument);
  const deleted = Boolean(message.deletedAt);
  const editable = canEdit(message, viewerId, now);

  async function saveEdit() {
    const body = draft.trim();
    if (!body || body === message.body) return setEditing(false);
    try {
      const { data } = await edit({ variables: { input: { messageId: message.id, body } } });
      const payload = data?.editMessage;
      if (payload?.message) {
        onChanged(payload.message);
        setEditing(false);
      } else {
        const problem = payload?.userErrors[0];
        notifications.show({ color: 'red', title: 'Not edited', message: problem?.message ?? 'Try again.' });
        if (problem?.code === 'EDIT_WINDOW_CLOSED') setEditing(false);
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not edited', message: describeError(error) });
    }
  }

  async function toggle(emoji: string, add: boolean) {
    try {
      const { data } = await react({ variables: { input: { messageId: message.id, emoji, add } } });
      if (data?.reactToMessage.message) onChanged(data.reactToMessage.message);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Reaction not saved', message: describeError(error) });
    }
  }

  return (
    <div className={classes.message} data-message-id={message.id} data-seq={message.seq} data-deleted={deleted || undefined}>
      <div className={classes.messageRow}>
        {editing ? (
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <Textarea
              label="Edit your message"
              autosize
              minRows={1}
              maxRows={6}
              value={draft}
              autoFocus
              onChange={(event) => setDraft(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  void saveEdit();
                }
                if (event.key === 'Escape') setEditing(false);
              }}
            />
            <Button size="compact-sm" loading={editState.loading} onClick={() => void saveEdit()}>
              Save
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </Group>
        ) : (
          <div className={classes.bubble}>
            {message.replyTo && (
              <Text size="xs" c="dimmed" lineClamp={1}>
                Replying to: {message.replyTo.body ?? 'a deleted message'}
              </Text>
            )}
            {deleted ? (
              <Text size="sm" className={classes.tombstone} data-message-body>
                Message deleted
              </Text>
            ) : (
              <Text size="sm" data-message-body>
                {message.body}
              </Text>
            )}
            <VisuallyHidden>
              {own ? 'You' : message.authorName}, {time(message.createdAt)}
            </VisuallyHidden>
          </div>
        )}
        {!deleted && !editing && (
          <Group gap={2} className={classes.messageActions} wrap="nowrap">
            <Menu position="top" withinPortal>
              <Menu.Target>
                <Tooltip label="React">
                  <ActionIcon variant="subtle" color="gray" aria-label="Add a reaction">
                    <IconMoodSmile size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Menu.Target>
              <Menu.Dropdown>
                <Group gap={2} p={4}>
                  {REACTIONS.map((emoji) => (
                    <Menu.Item key={emoji} px={6} py={4} onClick={() => void toggle(emoji, true)} aria-label={`React with ${emoji}`}>
                      <span style={{ fontSize: '1.2rem' }}>{emoji}</span>
                    </Menu.Item>
                  ))}
                </Group>
              </Menu.Dropdown>
            </Menu>
            {own && (
              <Menu position="top-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label="Message actions">
                    <IconDots size={18} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    disabled={!editable}
                    onClick={() => {
                      setDraft(message.body ?? '');
                      setEditing(true);
                    }}
                  >
                    {editable ? 'Edit' : 'Edit (only within 15 minutes)'}
                  </Menu.Item>
                  <Menu.Item color="red" onClick={onDelete}>
                    Delete
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        )}
      </div>
      {(message.editedAt && !deleted) || message.reactions.length > 0 || seen ? (
        <Group gap={6}>
          {message.reactions.map((reaction) => {
            const mine = reaction.userIds.includes(viewerId);
            return (
              <Button
                key={reaction.emoji}
                size="compact-xs"
                radius="xl"
                variant={mine ? 'light' : 'default'}
                aria-pressed={mine}
                aria-label={`${reaction.emoji} ${reaction.count}${mine ? ', including you' : ''}. ${mine ? 'Take back' : 'Add'} your reaction.`}
                onClick={() => void toggle(reaction.emoji, !mine)}
                data-reaction={reaction.emoji}
              >
                {reaction.emoji} {reaction.count}
              </Button>
            );
          })}
          {message.editedAt && !deleted && (
            <Text size="xs" c="dimmed">
              edited
            </Text>
          )}
          {seen && (
            <Text size="xs" c="dimmed" data-seen>
              Seen by {otherName}
            </Text>
          )}
        </Group>
      ) : null}
    </div>
  );
}

function Composer({ sessionId, onSend, otherName }: { sessionId: string; onSend(body: string): void; otherName: string }) {
  const [body, setBody] = useState('');
  const [setTyping] = useMutation(SetTypingDocument);
  const lastTyping = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stopTyping = () => {
    clearTimeout(idle.current);
    if (!lastTyping.current) return;
    lastTyping.current = 0;
    void setTyping({ variables: { input: { sessionId, typing: false } } }).catch(() => {});
  };
  useEffect(() => () => clearTimeout(idle.current), []);

  function typed(value: string) {
    setBody(value);
    if (!value.trim()) return stopTyping();
    const now = Date.now();
    if (now - lastTyping.current > TYPING_THROTTLE_MS) {
      lastTyping.current = now;
      void setTyping({ variables: { input: { sessionId, typing: true } } }).catch(() => {});
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  }

  function submit() {
    const text = body.trim();
    if (!text) return;
    onSend(text);
    setBody('');
    stopTyping();
  }

  return (
    <form
      className={classes.composer}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-composer
    >
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <Textarea
          label="Message"
          description="Enter sends; Shift+Enter adds a line."
          placeholder={`Write to ${otherName}…`}
          autosize
          minRows={1}
          maxRows={6}
          maxLength={4000}
          style={{ flex: 1 }}
          value={body}
          onChange={(event) => typed(event.currentTarget.value)}
          onKeyDown={(event: KeyboardEvent<HTMLTextAreaElement>) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              submit();
            }
          }}
        />
        <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} disabled={!body.trim()}>
          Send
        </Button>
      </Group>
    </form>
  );
}
