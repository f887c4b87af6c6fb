import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Select, Stack, Switch, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import IconArrowLeft from '@tabler/icons-react/icons/IconArrowLeft';
import IconExternalLink from '@tabler/icons-react/icons/IconExternalLink';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import { formatDate } from '../../domain/dates';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useServerForm } from '../../forms/use-server-form';
import { ResourcesDocument, ShareResourceDocument, type ResourceKind } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { MentorshipNotFound } from '../mentorships/MentorshipNotFound';
import { SectionCard } from '../../ui/SectionCard';

export const RESOURCE_KINDS: Record<ResourceKind, string> = {
  ARTICLE: 'Article',
  BOOK: 'Book',
  COURSE: 'Course',
  VIDEO: 'Video',
  WORKSHOP: 'Workshop',
  FORUM: 'Forum',
  OTHER: 'Other',
};

/** `/mentorships/:id/resources`: the pair's library (newest first) and sharing something new. */
export function ResourcesPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, loading, refetch } = useQuery(ResourcesDocument, { variables: { id } });

  if (!data || !viewer) {
    return error ? (
      <ErrorState error={error} title="The resources could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <PageSkeleton label="Loading the resources…" />
    );
  }
  const mentorship = data.node?.__typename === 'Mentorship' ? data.node : null;
  if (!mentorship) {
    return <MentorshipNotFound />;
  }
  const other = mentorship.mentor.id === viewer.id ? mentorship.mentee : mentorship.mentor;
  const open = mentorship.status !== 'COMPLETED' && mentorship.status !== 'CANCELLED';

  return (
    <Page size="md">
      <Anchor component={Link} to={`/mentorships/${mentorship.id}`} size="sm" mb="md" display="inline-block">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden /> The mentorship with {other.displayName}
        </Group>
      </Anchor>
      <PageHeader eyebrow="Resources" title={`Resources with ${other.displayName}`} description="Articles, books, courses and more that you share with each other." />
      <Stack gap="lg">
        {open && (
          <SectionCard title="Share a resource" description={`Recommend it to ${other.displayName} to send them a notification.`}>
            <ShareForm mentorshipId={mentorship.id} otherName={other.displayName} onShared={() => void refetch().catch(() => {})} />
          </SectionCard>
        )}
        <SectionCard title="Library" description="Newest first.">
          {mentorship.resources.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing shared yet.
            </Text>
          ) : (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {mentorship.resources.map((resource) => (
                <Card key={resource.id} withBorder component="li" padding="sm" data-resource={resource.title}>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Title order={3} size="h5">
                      {resource.url ? (
                        <Anchor href={resource.url} target="_blank" rel="noreferrer noopener">
                          {resource.title} <IconExternalLink size={14} aria-label="(opens in a new tab)" />
                        </Anchor>
                      ) : (
                        resource.title
                      )}
                    </Title>
                    <Group gap={6}>
                      <Badge variant="light">{RESOURCE_KINDS[resource.kind]}</Badge>
                      {resource.recommended && (
                        <Badge variant="light" color="orange">
                          Recommended
                        </Badge>
                      )}
                    </Group>
                  </Group>
                  {resource.note && (
                    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                      {resource.note}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed" mt={4}>
                    {resource.addedBy?.id === viewer.id ? 'You' : (resource.addedBy?.displayName ?? 'Someone')} · {formatDate(resource.createdAt)}
                    {resource.tags.length > 0 && ` · ${resource.tags.join(', ')}`}
                  </Text>
                </Card>
              ))}
            </Stack>
          )}
        </SectionCard>
      </Stack>
    </Page>
  );
}

function ShareForm({ mentorshipId, otherName, onShared }: { mentorshipId: string; otherName: string; onShared: () => void }) {
  const [share] = useMutation(ShareResourceDocument);
  const form = useForm({
    initialValues: { title: '', url: '', kind: 'ARTICLE' as ResourceKind, tags: [] as string[], note: '', recommend: false },
    validate: { title: (value: string) => (value.trim() ? null : 'Give it a title.') },
  });
  const server = useServerForm(form, { fields: ['title', 'url', 'kind', 'tags', 'note', 'recommend'] });
  return (
    <form
      ref={server.formRef}
      noValidate
      data-share-resource
      onSubmit={server.onSubmit(async (values) => {
        const { data } = await share({
          variables: {
            input: { mentorshipId, title: values.title.trim(), url: values.url.trim() || undefined, kind: values.kind, tags: values.tags, note: values.note.trim() || undefined, recommend: values.recommend },
          },
        });
        const errors = data?.shareResource.userErrors ?? [];
        if (errors.length) return errors;
        notifications.show({ color: 'spruce', message: values.recommend ? `Shared and recommended to ${otherName}.` : 'Shared.' });
        form.reset();
        onShared();
      })}
    >
      <Stack gap="md">
        <FormErrorAlert message={server.formError} title="Not shared" />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label="Title" required {...form.getInputProps('title')} />
          <Select label="Kind" data={Object.entries(RESOURCE_KINDS).map(([value, label]) => ({ value, label }))} allowDeselect={false} {...form.getInputProps('kind')} />
        </Group>
        <TextInput label="Link" type="url" placeholder="https://" {...form.getInputProps('url')} />
        <TagsInput label="Tags" description="Press Enter after each tag." {...form.getInputProps('tags')} />
        <Textarea label="Note" description="Why it is worth a look." autosize minRows={2} {...form.getInputProps('note')} />
        <Switch label={`Recommend it to ${otherName}`} {...form.getInputProps('recommend', { type: 'checkbox' })} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            Share
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
