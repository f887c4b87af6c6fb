import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useConnectionStore } from '../apollo';
import { NotificationEventsDocument, NotificationHeadDocument } from '../graphql/documents';
import { alsoTouchedBy, createEventCursor, noticeFor, queriesTouchedBy } from './live-events';

/**
 * Keeps the signed-in person's pages live: subscribes to their notification
 * stream from its head, refetches the queries each event touches, and after a
 * reconnect subscribes again from the last seq handled (replays are skipped).
 * Renders nothing; mounted once per viewer.
 */
export function LiveNotifications({ viewerId }: { viewerId: string }) {
  const client = useApolloClient();
  const store = useConnectionStore();
  const navigate = useRef(useNavigate());

  useEffect(() => {
    const cursor = createEventCursor();
    let stopped = false;
    let started = false;
    let subscription: { unsubscribe(): void } | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;

    function subscribe() {
      subscription?.unsubscribe();
      clearTimeout(retryTimer);
      if (stopped) return;
      subscription = client.subscribe({ query: NotificationEventsDocument, variables: { after: cursor.last } }).subscribe({
        next: ({ data }) => {
          const event = data?.notificationEvents;
          if (!event || !cursor.accept(event.seq)) return;
          const include = [...queriesTouchedBy(event.type), ...alsoTouchedBy(event.type)];
          if (include.length) void Promise.resolve(client.refetchQueries({ include })).catch(() => {});
          const notice = noticeFor(event.type);
          if (notice && !location.pathname.startsWith(notice.to.split('?')[0]!)) {
            notifications.show({
              color: 'spruce',
              title: notice.title,
              message: 'Select to open it.',
              onClick: () => void navigate.current(notice.to),
              style: { cursor: 'pointer' },
            });
          }
        },
        error: () => {
          retryTimer = setTimeout(subscribe, 3_000);
        },
      });
    }

    async function start() {
      try {
        const { data } = await client.query({ query: NotificationHeadDocument, fetchPolicy: 'network-only' });
        cursor.start(data?.viewer?.notifications?.nodes[0]?.seq ?? 0);
      } catch {
        // Unknown head: start from everything new after 0 would replay the whole history; wait for a reconnect instead.
        if (!stopped) retryTimer = setTimeout(() => void start(), 5_000);
        return;
      }
      started = true;
      subscribe();
    }

    const stopWatching = store.subscribe((state, previous) => {
      // Back after an outage: what was missed is replayed from the last seq handled.
      if (started && state === 'connected' && previous !== 'connected') subscribe();
    });
    void start();
    return () => {
      stopped = true;
      stopWatching();
      clearTimeout(retryTimer);
      subscription?.unsubscribe();
    };
  }, [client, store, viewerId]);

  return null;
}
