import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import IconChartBar from '@tabler/icons-react/icons/IconChartBar';
import { Link, useParams } from 'react-router';
import { ProgramDocument } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { EnrollForm } from './EnrollForm';
import { PendingEnrollments } from './PendingEnrollments';
import { SuggestedPairs } from './SuggestedPairs';

export const ROLE_LABELS = { MENTOR: 'Mentor', MENTEE: 'Mentee' } as const;
export const ENROLLMENT_STATUSES = {
  PENDING: { label: 'Waiting for approval', color: 'yellow' },
  APPROVED: { label: 'Approved', color: 'green' },
  DECLINED: { label: 'Declined', color: 'gray' },
} as const;

/** `/programs/:id`: the program; for its admins, enrolments to decide and pairs to match. */
export function ProgramPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ProgramDocument, { variables: { id } });
  const program = data?.node?.__typename === 'Program' ? data.node : null;

  if (error && !data) {
    return (
      <Page size="md">
        <ErrorState inline error={error} title="The program could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page size="md">
        <Stack gap="md" aria-busy="true" aria-label="Loading the program">
          <Skeleton height={40} radius="md" />
          <Skeleton height={160} radius="md" />
        </Stack>
      </Page>
    );
  }
  if (!program) {
    return (
      <Page size="md">
        <PageHeader title="Program not found" description="It may have been removed, or the link is wrong." />
      </Page>
    );
  }

  const admin = program.organization.viewerIsAdmin;
  const pending = program.enrollments?.nodes ?? [];
  const about = (
    <Stack gap="lg">
      <SectionCard title="About" description={`${program.startsOn} – ${program.endsOn}`}>
        <Text style={{ whiteSpace: 'pre-wrap' }} mt="xs" data-program-description>
          {program.description || 'No description yet.'}
        </Text>
      </SectionCard>
      <SectionCard title="Enrol">
        {program.viewerEnrollments.length > 0 && (
          <Stack gap={4} my="xs" data-viewer-enrollments>
            {program.viewerEnrollments.map((enrollment) => (
              <Group key={enrollment.id} gap="xs">
                <Text size="sm">As {ROLE_LABELS[enrollment.role].toLowerCase()}:</Text>
                <Badge variant="light" color={ENROLLMENT_STATUSES[enrollment.status].color}>
                  {ENROLLMENT_STATUSES[enrollment.status].label}
                </Badge>
              </Group>
            ))}
          </Stack>
        )}
        {program.enrollmentOpen ? (
          <EnrollForm program={program} />
        ) : (
          <Text size="sm" c="dimmed">
            Enrolment is closed.
          </Text>
        )}
      </SectionCard>
    </Stack>
  );

  return (
    <Page size="md">
      <PageHeader
        title={program.name}
        description={program.organization.name}
        actions={
          admin && (
            <Button component={Link} to={`/programs/${program.id}/insights`} variant="light" leftSection={<IconChartBar size={18} aria-hidden />}>
              Insights
            </Button>
          )
        }
      />
      {admin ? (
        <Tabs defaultValue="enrollments" keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="enrollments" rightSection={pending.length ? <Badge size="sm">{pending.length}</Badge> : undefined}>
              Enrolments
            </Tabs.Tab>
            <Tabs.Tab value="matching">Matching</Tabs.Tab>
            <Tabs.Tab value="about">About</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="enrollments">
            <PendingEnrollments programId={program.id} enrollments={pending} questions={program.enrollmentQuestions} cohorts={program.cohorts} />
          </Tabs.Panel>
          <Tabs.Panel value="matching">
            <SuggestedPairs programId={program.id} pairs={program.suggestedPairs ?? []} />
          </Tabs.Panel>
          <Tabs.Panel value="about">{about}</Tabs.Panel>
        </Tabs>
      ) : (
        about
      )}
    </Page>
  );
}
