import { Alert, Button, Container, Group, Text } from '@mantine/core';
import IconPlugConnectedX from '@tabler/icons-react/icons/IconPlugConnectedX';
import IconWifiOff from '@tabler/icons-react/icons/IconWifiOff';
import { useConnectionState, useRetryConnection } from '../apollo';
import classes from './ConnectionBanner.module.css';
import { useDelayedFlag } from './use-delayed-flag';

/** A reconnect shorter than this shows no banner, so a quick server restart does not flash one. */
export const RECONNECTING_GRACE_MS = 1_500;

/**
 * A slim notice under the header while live updates are paused. The header's
 * status region already announces the change, so this is a note, not an alert.
 */
export function ConnectionBanner() {
  const state = useConnectionState();
  const retryNow = useRetryConnection();
  const reconnectingForAWhile = useDelayedFlag(state === 'reconnecting', RECONNECTING_GRACE_MS);
  const offline = state === 'offline';
  if (!offline && !reconnectingForAWhile) return null;

  const Icon = offline ? IconWifiOff : IconPlugConnectedX;
  return (
    <Alert
      role="note"
      aria-label="Connection"
      variant="light"
      color={offline ? 'gray' : 'orange'}
      radius={0}
      className={classes.banner}
      data-connection-banner={state}
    >
      <Container size="lg">
        <Group gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap" align="center">
            <Icon size={20} aria-hidden className={classes.icon} />
            <Text size="sm" c="var(--mantine-color-text)">
              {offline ? 'You are offline.' : 'The server can’t be reached right now.'} Live updates will resume when the
              connection is back.
            </Text>
          </Group>
          {!offline && (
            <Button size="compact-sm" variant="default" onClick={retryNow} className={classes.action}>
              Try now
            </Button>
          )}
        </Group>
      </Container>
    </Alert>
  );
}
