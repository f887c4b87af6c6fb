import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import IconArrowLeft from '@tabler/icons-react/icons/IconArrowLeft';
import IconSend from '@tabler/icons-react/icons/IconSend';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import { languageName } from '../../domain/languages';
import { FORMATS, labelOf, levelLabel, WEEKDAYS } from '../../domain/mentoring-options';
import { MentorByUserDocument } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { composerMentorOf, RequestComposerModal, type ComposerMentor } from './RequestComposer';

/** `/mentors/:userId`: one mentor's profile, and the request composer. */
export function MentorPage() {
  const { userId = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, loading, refetch } = useQuery(MentorByUserDocument, { variables: { id: userId } });
  const [composing, setComposing] = useState<ComposerMentor | null>(null);
  if (!data) {
    return error ? (
      <ErrorState error={error} title="This mentor could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <PageSkeleton label="Loading the mentor’s profile…" />
    );
  }
  const user = data.node?.__typename === 'User' ? data.node : null;
  const profile = user?.mentorProfile;
  const back = (
    <Anchor component={Link} to="/mentors" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden /> All mentors
      </Group>
    </Anchor>
  );
  if (!user || !profile) {
    return (
      <Page size="md">
        <PageHeader title="Mentor not found" description="Their profile is hidden, or they are not a mentor." />
        {back}
      </Page>
    );
  }
  const canRequest = Boolean(viewer?.roles.isMentee) && profile.acceptingRequests && !profile.away && viewer?.id !== user.id;
  return (
    <Page size="md">
      <Stack gap="xs" mb="md">
        {back}
      </Stack>
      <PageHeader
        eyebrow="Mentor"
        title={user.displayName}
        description={profile.headline}
        actions={
          canRequest ? (
            <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => setComposing(composerMentorOf(profile))}>
              Ask to be mentored
            </Button>
          ) : profile.away ? (
            <Badge color="gray" variant="outline" size="lg" data-mentor-away>
              Away for now
            </Badge>
          ) : !profile.acceptingRequests ? (
            <Badge color="gray" variant="outline" size="lg">
              Not taking requests
            </Badge>
          ) : undefined
        }
      />
      <Stack gap="lg">
        {profile.bio && (
          <Card withBorder padding="lg" radius="md">
            <Title order={2} size="h4" mb="xs">
              About
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{profile.bio}</Text>
          </Card>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Card withBorder padding="lg" radius="md">
            <Title order={2} size="h4" mb="xs">
              Expertise and skills
            </Title>
            <Group gap={6} mb="sm">
              {profile.expertise.map((topic) => (
                <Badge key={topic} variant="light" color="gray" tt="none">
                  {topic}
                </Badge>
              ))}
            </Group>
            <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {profile.skills.map((skill) => (
                <Text key={skill.name} size="sm" component="li">
                  {skill.name} · <Text span c="dimmed">{levelLabel(skill.level)}</Text>
                </Text>
              ))}
            </Stack>
          </Card>
          <Card withBorder padding="lg" radius="md">
            <Title order={2} size="h4" mb="xs">
              How they mentor
            </Title>
            <Text size="sm">Languages: {profile.languages.map((code) => languageName(code)).join(', ') || '—'}</Text>
            <Text size="sm">Formats: {profile.formats.map((format) => labelOf(FORMATS, format)).join(', ') || '—'}</Text>
            <Text size="sm">Up to {profile.capacity} mentees at once</Text>
            {profile.communicationStyle && (
              <Text size="sm" mt="xs" c="dimmed">
                {profile.communicationStyle}
              </Text>
            )}
            {profile.availability.length > 0 && (
              <Text size="sm" mt="xs">
                Usually free:{' '}
                {profile.availability
                  .map((window) => `${WEEKDAYS.find((day) => day.value === window.weekday)?.label.slice(0, 3)} ${window.startTime}–${window.endTime}`)
                  .join(', ')}{' '}
                <Text span c="dimmed">
                  ({profile.timeZone})
                </Text>
              </Text>
            )}
          </Card>
        </SimpleGrid>
      </Stack>
      <RequestComposerModal mentor={composing} onClose={() => setComposing(null)} />
    </Page>
  );
}
