import { useMutation } from '@apollo/client/react';
import { Badge, Button, Collapse, Group, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconHistory from '@tabler/icons-react/icons/IconHistory';
import IconSend from '@tabler/icons-react/icons/IconSend';
import { useId, useState } from 'react';
import { formatDateTime, relativeTime } from '../../domain/dates';
import {
  DeleteWebhookEndpointDocument,
  MyWebhookEndpointsDocument,
  SendTestWebhookDocument,
  UpdateWebhookEndpointDocument,
  WebhookDeliveriesDocument,
  type WebhookEndpointFieldsFragment,
} from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { WebhookDeliveryLog } from './WebhookDeliveryLog';
import classes from './SettingsPage.module.css';

/** The names payloads use: `request.received` for REQUEST_RECEIVED. */
const eventName = (value: string) => {
  const [area, ...rest] = value.toLowerCase().split('_');
  return `${area}.${rest.join('_')}`;
};

/** One endpoint: its address and events, on/off, a test ping, its delivery log, and removal. */
export function WebhookEndpointRow({ endpoint, onDeleted }: { endpoint: WebhookEndpointFieldsFragment; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [showLog, setShowLog] = useState(false);
  const logId = useId();
  const [update, { loading: updating }] = useMutation(UpdateWebhookEndpointDocument);
  const [sendTest, { loading: testing }] = useMutation(SendTestWebhookDocument, { refetchQueries: [WebhookDeliveriesDocument] });
  const [remove, { loading: removing }] = useMutation(DeleteWebhookEndpointDocument, { refetchQueries: [MyWebhookEndpointsDocument], awaitRefetchQueries: true });

  async function act<T>(what: string, run: () => Promise<{ userErrors: { message: string }[] } | undefined>, done?: () => T) {
    try {
      const result = await run();
      const problem = result?.userErrors[0];
      if (problem) return notifications.show({ color: 'red', title: what, message: problem.message });
      done?.();
    } catch (error) {
      notifications.show({ color: 'red', title: what, message: describeError(error) });
    }
  }

  const toggle = (enabled: boolean) =>
    act(enabled ? 'Not turned on' : 'Not turned off', async () => (await update({ variables: { input: { endpointId: endpoint.id, enabled } } })).data?.updateWebhookEndpoint);

  const ping = () =>
    act('No test sent', async () => (await sendTest({ variables: { input: { endpointId: endpoint.id } } })).data?.sendTestWebhook, () => {
      notifications.show({ color: 'spruce', message: 'A webhook.ping is on its way; see the delivery log.' });
      setShowLog(true);
    });

  const confirmDelete = () =>
    act('Not removed', async () => (await remove({ variables: { input: { endpointId: endpoint.id } } })).data?.deleteWebhookEndpoint, () => {
      setConfirming(false);
      notifications.show({ color: 'spruce', message: `${endpoint.url} no longer receives events.` });
      onDeleted();
    }).finally(() => setConfirming(false));

  return (
    <div role="listitem" className={classes.row} data-webhook={endpoint.url}>
      <Group justify="space-between" wrap="nowrap" gap="md" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Group gap={8}>
            <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {endpoint.url}
            </Text>
            {endpoint.enabled ? (
              endpoint.consecutiveFailures > 0 && (
                <Badge size="sm" color="orange" variant="light">
                  Failing ({endpoint.consecutiveFailures})
                </Badge>
              )
            ) : (
              <Badge size="sm" color="red" variant="light">
                Off
              </Badge>
            )}
          </Group>
          <Group gap={6} mt={6} aria-label="Events">
            {endpoint.events.map((event) => (
              <Badge key={event} size="sm" variant="outline" color="gray" tt="none">
                {eventName(event)}
              </Badge>
            ))}
          </Group>
          <Text size="xs" c="dimmed" mt={6}>
            Added <time dateTime={endpoint.createdAt} title={formatDateTime(endpoint.createdAt)}>{relativeTime(endpoint.createdAt)}</time>
            {' · '}Secret starts {endpoint.secretPrefix}…
          </Text>
          {!endpoint.enabled && endpoint.disabledReason && (
            <Text size="xs" c="red.8" mt={4} data-disabled-reason>
              {endpoint.disabledReason}
            </Text>
          )}
        </div>
        <Switch
          checked={endpoint.enabled}
          disabled={updating}
          onChange={(event) => void toggle(event.currentTarget.checked)}
          label={endpoint.enabled ? 'On' : 'Off'}
          aria-label={`Send events to ${endpoint.url}`}
          className={classes.rowAction}
        />
      </Group>
      <Group gap="xs" mt="sm">
        <Button size="compact-sm" variant="default" leftSection={<IconHistory size={16} aria-hidden />} onClick={() => setShowLog((shown) => !shown)} aria-expanded={showLog} aria-controls={logId}>
          {showLog ? 'Hide deliveries' : 'Deliveries'}
        </Button>
        <Button size="compact-sm" variant="default" leftSection={<IconSend size={16} aria-hidden />} onClick={() => void ping()} loading={testing} disabled={!endpoint.enabled}>
          Send test
        </Button>
        <Button size="compact-sm" variant="subtle" color="red" onClick={() => setConfirming(true)} aria-label={`Remove ${endpoint.url}`}>
          Remove
        </Button>
      </Group>
      <Collapse expanded={showLog} id={logId}>
        <Stack mt="md">{showLog && <WebhookDeliveryLog endpointId={endpoint.id} endpointEnabled={endpoint.enabled} />}</Stack>
      </Collapse>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => void confirmDelete()}
        title="Remove this endpoint?"
        confirmLabel="Remove endpoint"
        danger
        loading={removing}
      >
        {endpoint.url} stops receiving events at once, and its delivery log is deleted. This cannot be undone.
      </ConfirmModal>
    </div>
  );
}
