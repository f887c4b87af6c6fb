import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Select, Stack, Switch, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import IconArrowLeft from '@tabler/icons-react/icons/IconArrowLeft';
import IconExternalLink from '@tabler/icons-react/icons/IconExternalLink';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import { formatDate } from '../../domain/dates';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useServerForm } from '../../forms/use-server-form';
import {
  ProgramResourcesDocument,
  ResourceProgramsDocument,
  ResourcesDocument,
  ShareResourceDocument,
  type ResourceFieldsFragment,
  type ResourceKind,
} from '../../graphql/documents';
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

/** Where a resource is shared: the pair's own library, or a program's (everyone taking part sees it). */
type Scope = { kind: 'mentorship'; id: string } | { kind: 'program'; id: string; name: string };

/**
 * `/mentorships/:id/resources`: the pair's library (newest first) and sharing
 * something new; with a scope selector for the libraries of the programs you
 * take part in.
 */
export function ResourcesPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, loading, refetch } = useQuery(ResourcesDocument, { variables: { id } });
  const programs = useQuery(ResourceProgramsDocument);
  const [scopeKey, setScopeKey] = useState('mentorship');

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
  const programList = programs.data?.viewer?.programs ?? [];
  const program = programList.find((item) => item.id === scopeKey);
  const scope: Scope = program ? { kind: 'program', id: program.id, name: program.name } : { kind: 'mentorship', id: mentorship.id };

  return (
    <Page size="md">
      <Anchor component={Link} to={`/mentorships/${mentorship.id}`} size="sm" mb="md" display="inline-block">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden /> The mentorship with {other.displayName}
        </Group>
      </Anchor>
      <PageHeader eyebrow="Resources" title={`Resources with ${other.displayName}`} description="Articles, books, courses and more that you share with each other, and with the programs you take part in." />
      <Stack gap="lg">
        {programList.length > 0 && (
          <Stack gap={6}>
            <Text size="sm" fw={600} id="resource-scope-label">
              Library
            </Text>
            <SegmentedControl
              aria-labelledby="resource-scope-label"
              data-resource-scope
              value={scope.kind === 'program' ? scope.id : 'mentorship'}
              onChange={setScopeKey}
              data={[{ value: 'mentorship', label: `With ${other.displayName}` }, ...programList.map((item) => ({ value: item.id, label: item.name }))]}
              style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
            />
          </Stack>
        )}
        {scope.kind === 'mentorship' ? (
          <>
            {open && (
              <SectionCard title="Share a resource" description={`Recommend it to ${other.displayName} to send them a notification.`}>
                <ShareForm scope={scope} otherName={other.displayName} onShared={() => void refetch().catch(() => {})} />
              </SectionCard>
            )}
            <Library resources={mentorship.resources} viewerId={viewer.id} emptyText="Nothing shared yet." />
          </>
        ) : (
          <ProgramLibrary key={scope.id} scope={scope} viewerId={viewer.id} otherName={other.displayName} />
        )}
      </Stack>
    </Page>
  );
}

/** A program's library: everyone taking part in the program reads it and adds to it. */
function ProgramLibrary({ scope, viewerId, otherName }: { scope: Extract<Scope, { kind: 'program' }>; viewerId: string; otherName: string }) {
  const { data, error, loading, refetch } = useQuery(ProgramResourcesDocument, { variables: { id: scope.id }, fetchPolicy: 'cache-and-network' });
  const resources = data?.node?.__typename === 'Program' ? data.node.resources : undefined;
  return (
    <>
      <SectionCard title={`Share with ${scope.name}`} description="Everyone taking part in the program sees it: mentors, mentees and its admins.">
        <ShareForm scope={scope} otherName={otherName} onShared={() => void refetch().catch(() => {})} />
      </SectionCard>
      {error && !data ? (
        <ErrorState inline error={error} title="The program's library could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
      ) : resources === undefined ? (
        <Card withBorder padding="lg" aria-busy="true">
          <Text size="sm" c="dimmed">
            Loading the program’s library…
          </Text>
        </Card>
      ) : resources === null ? (
        <Text size="sm" c="dimmed">
          This library is for people taking part in {scope.name}.
        </Text>
      ) : (
        <Library resources={resources} viewerId={viewerId} emptyText={`Nothing shared in ${scope.name} yet.`} />
      )}
    </>
  );
}

function Library({ resources, viewerId, emptyText }: { resources: readonly ResourceFieldsFragment[]; viewerId: string; emptyText: string }) {
  return (
    <SectionCard title="Library" description="Newest first.">
      {resources.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {resources.map((resource) => (
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
                {resource.addedBy?.id === viewerId ? 'You' : (resource.addedBy?.displayName ?? 'Someone')} · {formatDate(resource.createdAt)}
                {resource.tags.length > 0 && ` · ${resource.tags.join(', ')}`}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

function ShareForm({ scope, otherName, onShared }: { scope: Scope; otherName: string; onShared: () => void }) {
  const inProgram = scope.kind === 'program';
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
            input: {
              ...(inProgram ? { programId: scope.id } : { mentorshipId: scope.id, recommend: values.recommend }),
              title: values.title.trim(),
              url: values.url.trim() || undefined,
              kind: values.kind,
              tags: values.tags,
              note: values.note.trim() || undefined,
            },
          },
        });
        const errors = data?.shareResource.userErrors ?? [];
        if (errors.length) return errors;
        notifications.show({ color: 'spruce', message: inProgram ? `Shared with ${scope.name}.` : values.recommend ? `Shared and recommended to ${otherName}.` : 'Shared.' });
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
        {!inProgram && <Switch label={`Recommend it to ${otherName}`} {...form.getInputProps('recommend', { type: 'checkbox' })} />}
        <Group>
          <Button type="submit" loading={form.submitting}>
            Share
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
