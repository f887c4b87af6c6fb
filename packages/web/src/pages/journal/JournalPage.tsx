import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Chip, Group, Select, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import IconLock from '@tabler/icons-react/icons/IconLock';
import IconUsers from '@tabler/icons-react/icons/IconUsers';
import { useState } from 'react';
import { useViewer } from '../../auth/use-viewer';
import { formatDateTime } from '../../domain/dates';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useServerForm } from '../../forms/use-server-form';
import { JournalDocument, WriteReflectionDocument, type ReflectionFieldsFragment } from '../../graphql/documents';
import { describeError, UserFacingError } from '../../graphql/errors';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { SectionCard } from '../../ui/SectionCard';

/** `/journal`: reflections answering a prompt, private unless shared with the partner in a mentorship. */
export function JournalPage() {
  const { viewer } = useViewer();
  const { data, error, loading, refetch } = useQuery(JournalDocument);
  const [write, writing] = useMutation(WriteReflectionDocument);
  // Entries written here show at once, before (or without) the list being fetched again.
  const [written, setWritten] = useState<ReflectionFieldsFragment[]>([]);
  const form = useForm({
    initialValues: { prompt: '', body: '', mentorshipId: '', shared: false },
    validate: { body: (value: string) => (value.trim() ? null : 'Write something first.') },
  });
  const server = useServerForm(form, { fields: ['body', 'prompt', 'mentorshipId', 'shared'] });

  if (!data || !viewer) {
    return error ? (
      <ErrorState error={error} title="Your journal could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <PageSkeleton label="Loading your journal…" />
    );
  }
  const mentorships = (data.viewer?.mentorships?.nodes ?? []).map((mentorship) => {
    const other = mentorship.mentor.id === viewer.id ? mentorship.mentee : mentorship.mentor;
    return { value: mentorship.id, label: `With ${other.displayName}` };
  });
  const loaded = data.viewer?.reflections?.nodes ?? [];
  const entries = [...written, ...loaded.filter((item) => !written.some((entry) => entry.id === item.id))];
  const values = form.getValues();

  async function toggleShared(entry: (typeof entries)[number]) {
    try {
      const { data: result } = await write({ variables: { input: { id: entry.id, body: entry.body, prompt: entry.prompt, shared: !entry.shared } } });
      const problem = result?.writeReflection.userErrors[0];
      if (problem) throw new UserFacingError(problem.message);
      const saved = result?.writeReflection.reflection;
      if (saved) setWritten((current) => [saved, ...current.filter((item) => item.id !== saved.id)]);
      notifications.show({ color: 'spruce', message: entry.shared ? 'Now private: only you can read it.' : 'Shared with your partner.' });
      await refetch().catch(() => {});
    } catch (caught) {
      notifications.show({ color: 'red', title: 'Not changed', message: describeError(caught) });
    }
  }

  return (
    <Page size="md">
      <PageHeader eyebrow="Journal" title="Your journal" description="Reflect on what you learn. Entries are private unless you share one with your partner in a mentorship." />
      <Stack gap="lg">
        <SectionCard title="New entry" description="Pick a prompt to get going, or write freely.">
          <form
            ref={server.formRef}
            noValidate
            data-journal-form
            onSubmit={server.onSubmit(async (submitted) => {
              const { data: result } = await write({
                variables: {
                  input: { body: submitted.body.trim(), prompt: submitted.prompt || undefined, mentorshipId: submitted.mentorshipId || undefined, shared: Boolean(submitted.mentorshipId) && submitted.shared },
                },
              });
              const errors = result?.writeReflection.userErrors ?? [];
              if (errors.length) return errors;
              const saved = result?.writeReflection.reflection;
              if (saved) setWritten((current) => [saved, ...current]);
              notifications.show({ color: 'spruce', message: submitted.shared && submitted.mentorshipId ? 'Saved and shared.' : 'Saved privately.' });
              form.reset();
              await refetch().catch(() => {});
            })}
          >
            <Stack gap="md">
              <FormErrorAlert message={server.formError} title="Not saved" />
              {data.reflectionPrompts.length > 0 && (
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="journal-prompts">
                    Prompt
                  </Text>
                  <Chip.Group value={values.prompt} onChange={(value) => form.setFieldValue('prompt', value as string)}>
                    <Group gap="xs" role="radiogroup" aria-labelledby="journal-prompts">
                      {data.reflectionPrompts.map((prompt) => (
                        <Chip key={prompt} value={prompt} variant="outline" size="sm">
                          {prompt}
                        </Chip>
                      ))}
                    </Group>
                  </Chip.Group>
                </Stack>
              )}
              <Textarea label={values.prompt || 'Your reflection'} autosize minRows={4} {...form.getInputProps('body')} />
              <Group align="flex-end" wrap="wrap" gap="md">
                <Select
                  label="Mentorship"
                  placeholder="None"
                  data={mentorships}
                  clearable
                  value={values.mentorshipId || null}
                  onChange={(value) => {
                    form.setFieldValue('mentorshipId', value ?? '');
                    if (!value) form.setFieldValue('shared', false);
                  }}
                  error={form.errors.mentorshipId}
                  style={{ flex: '1 1 14rem' }}
                />
                <Switch
                  label="Share with my partner"
                  description={values.mentorshipId ? undefined : 'Choose a mentorship to share.'}
                  disabled={!values.mentorshipId}
                  {...form.getInputProps('shared', { type: 'checkbox' })}
                />
              </Group>
              <Group>
                <Button type="submit" loading={writing.loading}>
                  Save entry
                </Button>
              </Group>
            </Stack>
          </form>
        </SectionCard>
        <SectionCard title="Entries" description="Newest first.">
          {entries.length === 0 ? (
            <Text size="sm" c="dimmed">
              No entries yet.
            </Text>
          ) : (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {entries.map((entry) => (
                <Card key={entry.id} withBorder component="li" padding="sm" data-reflection={entry.id}>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Text size="sm" fw={600}>
                      {entry.prompt || 'Reflection'}
                    </Text>
                    <Badge variant="light" color={entry.shared ? 'spruce' : 'gray'} leftSection={entry.shared ? <IconUsers size={12} aria-hidden /> : <IconLock size={12} aria-hidden />}>
                      {entry.shared ? 'Shared' : 'Private'}
                    </Badge>
                  </Group>
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {entry.body}
                  </Text>
                  <Group justify="space-between" mt="xs" wrap="wrap">
                    <Text size="xs" c="dimmed">
                      {entry.author && entry.author.id !== viewer.id ? `${entry.author.displayName} · ` : ''}
                      {formatDateTime(entry.updatedAt)}
                    </Text>
                    {(!entry.author || entry.author.id === viewer.id) && entry.shared && (
                      <Button size="xs" variant="subtle" onClick={() => void toggleShared(entry)}>
                        Make private
                      </Button>
                    )}
                  </Group>
                </Card>
              ))}
            </Stack>
          )}
        </SectionCard>
      </Stack>
    </Page>
  );
}
