import { useQuery } from '@apollo/client/react';
import { Badge, Button, Code, Group, Skeleton, Stack, Text } from '@mantine/core';
import IconWebhook from '@tabler/icons-react/icons/IconWebhook';
import { useRef, useState } from 'react';
import { MAX_WEBHOOK_ENDPOINTS } from '../../domain/webhooks';
import { MyWebhookEndpointsDocument } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { SectionCard } from '../../ui/SectionCard';
import { CreateWebhookForm, type CreatedWebhook } from './CreateWebhookForm';
import { NewWebhookSecret } from './NewWebhookSecret';
import { WebhookEndpointRow } from './WebhookEndpointRow';

/** Settings › Webhooks: addresses that receive your notifications as signed HTTP requests. */
export function WebhooksSection({ id, className }: { id: string; className?: string }) {
  const { data, error, loading, refetch } = useQuery(MyWebhookEndpointsDocument, { variables: { first: MAX_WEBHOOK_ENDPOINTS } });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const endpoints = data?.viewer?.webhookEndpoints;
  const focusAdd = () => requestAnimationFrame(() => addButton.current?.focus());

  return (
    <SectionCard
      id={id}
      className={className}
      title="Webhooks"
      description={
        <>
          Have Mentorspace POST your notifications to another app as they happen. Each request is signed: check its <Code>Mentorspace-Signature</Code>{' '}
          header with the endpoint’s secret. Failed deliveries are retried for about 17 hours; an endpoint that fails throughout is turned off and you
          are told.
        </>
      }
      aside={endpoints && <Badge variant="light" color="gray">{endpoints.totalCount}</Badge>}
    >
      {created && (
        <NewWebhookSecret
          url={created.endpoint.url}
          secret={created.secret}
          onDone={() => {
            setCreated(null);
            focusAdd();
          }}
        />
      )}
      {creating ? (
        <CreateWebhookForm
          onCancel={() => {
            setCreating(false);
            focusAdd();
          }}
          onCreated={(endpoint) => {
            setCreating(false);
            setCreated(endpoint);
          }}
        />
      ) : (
        <Group>
          <Button
            ref={addButton}
            leftSection={<IconWebhook size={18} aria-hidden />}
            onClick={() => setCreating(true)}
            disabled={(endpoints?.totalCount ?? 0) >= MAX_WEBHOOK_ENDPOINTS}
          >
            Add endpoint
          </Button>
          {(endpoints?.totalCount ?? 0) >= MAX_WEBHOOK_ENDPOINTS && (
            <Text size="sm" c="dimmed">
              You have the most endpoints there can be ({MAX_WEBHOOK_ENDPOINTS}); remove one to add another.
            </Text>
          )}
        </Group>
      )}
      {error && !data ? (
        <ErrorState inline error={error} title="Your webhooks could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
      ) : !endpoints ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading webhooks">
          <Skeleton height={60} radius="md" />
        </Stack>
      ) : endpoints.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No endpoints yet. Add one when another app should hear about requests, mentorships and meetings.
        </Text>
      ) : (
        <div role="list" aria-label="Your webhook endpoints" data-webhooks>
          {endpoints.nodes.map((endpoint) => (
            <WebhookEndpointRow key={endpoint.id} endpoint={endpoint} onDeleted={focusAdd} />
          ))}
        </div>
      )}
    </SectionCard>
  );
}
