import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import { acknowledgementState, MENTORSHIP_STATUSES } from '../../domain/agreement';
import { relativeTime } from '../../domain/dates';
import { MentorshipsDocument } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';

/** `/mentorships`: every mentorship, as mentor or mentee, newest first. */
export function MentorshipsPage() {
  const { viewer } = useViewer();
  const { data, error, loading, refetch } = useQuery(MentorshipsDocument, { variables: { first: 50 } });
  const mentorships = data?.viewer?.mentorships;
  return (
    <Page size="md">
      <PageHeader title="Mentorships" description="The people you mentor and who mentor you, and where each agreement stands." />
      {error && !data ? (
        <ErrorState inline error={error} title="Your mentorships could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
      ) : !mentorships || !viewer ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading mentorships">
          {[0, 1].map((key) => (
            <Skeleton key={key} height={96} radius="md" />
          ))}
        </Stack>
      ) : mentorships.nodes.length === 0 ? (
        <Card withBorder padding="lg" radius="md">
          <Text fw={600}>No mentorships yet</Text>
          <Text size="sm" c="dimmed">
            A mentorship starts when a mentor accepts a request.{' '}
            {viewer.roles.isMentee && (
              <Anchor component={Link} to="/mentors">
                Find a mentor
              </Anchor>
            )}
          </Text>
        </Card>
      ) : (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Your mentorships">
          {mentorships.nodes.map((mentorship) => {
            const asMentor = mentorship.mentor.id === viewer.id;
            const other = asMentor ? mentorship.mentee : mentorship.mentor;
            const status = MENTORSHIP_STATUSES[mentorship.status];
            const state = acknowledgementState(mentorship, mentorship.latestAgreement, viewer.id);
            return (
              <li key={mentorship.id}>
                <Card withBorder padding="lg" radius="md" data-mentorship={mentorship.id}>
                  <Group justify="space-between" gap="sm" align="flex-start">
                    <div style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={`/mentorships/${encodeURIComponent(mentorship.id)}`} fw={700} size="lg">
                        {asMentor ? `Mentoring ${other.displayName}` : `Mentored by ${other.displayName}`}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        Matched {relativeTime(mentorship.createdAt)} · {state.kind === 'none' ? 'No agreement yet' : state.text}
                      </Text>
                    </div>
                    <Badge color={status.color} variant="light" data-status-badge>
                      {status.label}
                    </Badge>
                  </Group>
                </Card>
              </li>
            );
          })}
        </Stack>
      )}
    </Page>
  );
}
