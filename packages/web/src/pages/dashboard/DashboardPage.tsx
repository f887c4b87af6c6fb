import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Skeleton, Card } from '@mantine/core';
import { useViewer } from '../../auth/use-viewer';
import { DashboardDocument } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { AccountCard } from './AccountCard';
import { NeedsAssessmentCard } from './NeedsAssessmentCard';
import { ProfileCard } from './ProfileCard';

/** `/` when signed in: where each part of someone's setup stands, and the way to the next step. */
export function DashboardPage() {
  const { viewer } = useViewer();
  const { data, error, loading, refetch } = useQuery(DashboardDocument);
  if (!viewer) return null;
  const firstName = viewer.displayName.split(/\s+/)[0];
  const me = data?.viewer;

  return (
    <Page size="lg">
      <PageHeader eyebrow="Home" title={`Welcome, ${firstName}`} description="Where things stand, and what to do next." />
      {error && !data ? (
        <ErrorState inline error={error} title="Your overview could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {!me ? (
            [0, 1].map((key) => (
              <Card key={key} withBorder padding="lg" aria-hidden>
                <Skeleton height={22} width="40%" mb="md" />
                <Skeleton height={14} mb={8} />
                <Skeleton height={14} width="70%" mb="lg" />
                <Skeleton height={34} width={180} />
              </Card>
            ))
          ) : (
            <>
              {viewer.roles.isMentee && <NeedsAssessmentCard assessment={me.needsAssessment ?? null} />}
              {viewer.roles.isMentor && <ProfileCard profile={me.mentorProfile ?? null} />}
            </>
          )}
          <AccountCard viewer={viewer} />
        </SimpleGrid>
      )}
    </Page>
  );
}
