import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Code, Group, Paper, SimpleGrid, Skeleton, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { webhookUrlProblem } from '../../domain/webhooks';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useServerForm } from '../../forms/use-server-form';
import {
  CreateWebhookEndpointDocument,
  MyWebhookEndpointsDocument,
  WebhookEventTypesDocument,
  type WebhookEndpointFieldsFragment,
  type WebhookEventType,
} from '../../graphql/documents';

export interface CreatedWebhook {
  secret: string;
  endpoint: WebhookEndpointFieldsFragment;
}

interface Values {
  url: string;
  events: WebhookEventType[];
}

/** A new personal endpoint: an address and the notifications to send there. */
export function CreateWebhookForm({ onCreated, onCancel }: { onCreated: (created: CreatedWebhook) => void; onCancel: () => void }) {
  const { data: catalogue } = useQuery(WebhookEventTypesDocument);
  const [create] = useMutation(CreateWebhookEndpointDocument, { refetchQueries: [MyWebhookEndpointsDocument], awaitRefetchQueries: true });
  const urlInput = useRef<HTMLInputElement>(null);
  useEffect(() => urlInput.current?.focus(), []);
  const form = useForm<Values>({
    initialValues: { url: '', events: [] },
    validate: {
      url: webhookUrlProblem,
      events: (events) => (events.length ? null : 'Choose at least one event.'),
    },
  });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['url', 'events'] });
  const personalEvents = catalogue?.webhookEventTypes.filter((event) => event.ownerKind === 'USER') ?? null;

  return (
    <Paper withBorder radius="md" p="lg">
      <form
        ref={formRef}
        noValidate
        aria-labelledby="new-webhook-title"
        data-create-webhook-form
        onSubmit={onSubmit(async (values) => {
          const { data } = await create({ variables: { input: { url: values.url.trim(), events: values.events } } });
          const payload = data?.createWebhookEndpoint;
          if (!payload?.secret || !payload.endpoint) return payload?.userErrors ?? [];
          onCreated({ secret: payload.secret, endpoint: payload.endpoint });
        })}
      >
        <Stack gap="md">
          <Title order={3} size="h4" id="new-webhook-title">
            New endpoint
          </Title>
          <FormErrorAlert message={formError} title="The endpoint was not added" />
          <TextInput
            ref={urlInput}
            label="Address"
            description="Where to POST events. https:// (http://localhost works for trying it out)."
            placeholder="https://example.com/webhooks/mentorspace"
            maxLength={2000}
            inputMode="url"
            {...form.getInputProps('url')}
          />
          <Checkbox.Group label="Events" description="Each is sent as it happens, signed with the endpoint’s secret." {...form.getInputProps('events')}>
            {personalEvents ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
                {personalEvents.map(({ type, name, description }) => (
                  <Checkbox key={type} value={type} label={<Code>{name}</Code>} description={description} data-event={name} />
                ))}
              </SimpleGrid>
            ) : (
              <Stack gap="xs" mt="xs" aria-busy="true" aria-label="Loading events">
                <Skeleton height={24} />
                <Skeleton height={24} />
              </Stack>
            )}
          </Checkbox.Group>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel} disabled={form.submitting}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Add endpoint
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
