import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Code, Group, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconRefresh from '@tabler/icons-react/icons/IconRefresh';
import { formatDateTime, relativeTime } from '../../domain/dates';
import { canRedeliver, DELIVERY_STATUS, lastResponse } from '../../domain/webhooks';
import { RedeliverWebhookDocument, WebhookDeliveriesDocument, type WebhookDeliveriesQuery, type WebhookDeliveryFieldsFragment } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { ErrorState } from '../../ui/ErrorState';

const PAGE = 20;

/** The endpoint in a `node` answer (null when it is gone or not ours). */
type EndpointLog = Extract<NonNullable<WebhookDeliveriesQuery['node']>, { deliveries: unknown }>;
const endpointOf = (data: WebhookDeliveriesQuery | undefined): EndpointLog | null => (data?.node && 'deliveries' in data.node ? (data.node as EndpointLog) : null);

/** An endpoint's delivery log, newest first, with a Redeliver button on each finished delivery. */
export function WebhookDeliveryLog({ endpointId, endpointEnabled }: { endpointId: string; endpointEnabled: boolean }) {
  const { data, error, loading, refetch, fetchMore } = useQuery(WebhookDeliveriesDocument, {
    variables: { endpointId, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const [redeliver, { loading: redelivering }] = useMutation(RedeliverWebhookDocument);
  const endpoint = endpointOf(data);
  const deliveries = endpoint?.deliveries;

  async function send(delivery: WebhookDeliveryFieldsFragment) {
    try {
      const { data: result } = await redeliver({ variables: { input: { deliveryId: delivery.id } } });
      const problem = result?.redeliverWebhook.userErrors[0];
      if (problem) return notifications.show({ color: 'red', title: 'Not redelivered', message: problem.message });
      notifications.show({ color: 'spruce', message: `${delivery.eventType} is queued to be sent again.` });
      await refetch();
    } catch (caught) {
      notifications.show({ color: 'red', title: 'Not redelivered', message: describeError(caught) });
    }
  }

  if (error && !data) {
    return <ErrorState inline error={error} title="The delivery log could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />;
  }
  if (!deliveries) {
    return <Skeleton height={80} radius="md" aria-busy="true" aria-label="Loading deliveries" />;
  }
  return (
    <div data-delivery-log>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {deliveries.totalCount === 0 ? 'Nothing sent yet.' : `${deliveries.totalCount} ${deliveries.totalCount === 1 ? 'delivery' : 'deliveries'}`}
        </Text>
        <Button size="compact-sm" variant="subtle" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => void refetch().catch(() => {})} loading={loading}>
          Refresh
        </Button>
      </Group>
      {deliveries.nodes.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" fz="sm" striped highlightOnHover>
            <Table.Caption>Deliveries to this endpoint, newest first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Event</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Last response</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.nodes.map((delivery) => {
                const status = DELIVERY_STATUS[delivery.status];
                return (
                  <Table.Tr key={delivery.id} data-delivery={delivery.eventType}>
                    <Table.Td>
                      <Code>{delivery.eventType}</Code>
                      {delivery.redeliveryOf && (
                        <Text span size="xs" c="dimmed" ml={6}>
                          (redelivery)
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={status.color}>
                        {status.label}
                      </Badge>
                      <Text span size="xs" c="dimmed" ml={6}>
                        {delivery.attempts} {delivery.attempts === 1 ? 'attempt' : 'attempts'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {lastResponse(delivery)}
                      {delivery.status === 'PENDING' && delivery.nextAttemptAt && delivery.attempts > 0 && (
                        <Text size="xs" c="dimmed">
                          Retry <time dateTime={delivery.nextAttemptAt}>{relativeTime(delivery.nextAttemptAt)}</time>
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <time dateTime={delivery.createdAt} title={formatDateTime(delivery.createdAt)}>
                        {relativeTime(delivery.createdAt)}
                      </time>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="default"
                        disabled={!canRedeliver(delivery, endpointEnabled) || redelivering}
                        onClick={() => void send(delivery)}
                        aria-label={`Redeliver ${delivery.eventType} from ${formatDateTime(delivery.createdAt)}`}
                      >
                        Redeliver
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {deliveries.pageInfo.hasNextPage && (
        <Group justify="center" mt="sm">
          <Button
            variant="subtle"
            size="compact-sm"
            loading={loading}
            onClick={() =>
              void fetchMore({
                variables: { after: deliveries.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => {
                  const before = endpointOf(previous);
                  const next = endpointOf(fetchMoreResult);
                  if (!before || !next) return previous;
                  return { ...fetchMoreResult, node: { ...next, deliveries: { ...next.deliveries, nodes: [...before.deliveries.nodes, ...next.deliveries.nodes] } } };
                },
              }).catch(() => {})
            }
          >
            Show older deliveries
          </Button>
        </Group>
      )}
    </div>
  );
}
