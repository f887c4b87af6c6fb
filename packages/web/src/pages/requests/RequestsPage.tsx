import { useQuery } from '@apollo/client/react';
import { Badge, Card, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import { MentorshipRequestsDocument, RequestCountsDocument, type RequestDirection } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { RequestCard } from './RequestCard';

const PAGE_SIZE = 50;

/** `/requests`: received (as mentor) and sent (as mentee), live. */
export function RequestsPage() {
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const fallback = viewer?.roles.isMentor ? 'received' : 'sent';
  const tab = params.get('tab') === 'sent' || params.get('tab') === 'received' ? params.get('tab')! : fallback;
  const counts = useQuery(RequestCountsDocument).data?.viewer;
  const questions = counts?.sent?.nodes.filter((request) => request.status === 'INFO_REQUESTED').length ?? 0;
  return (
    <Page size="md">
      <PageHeader title="Requests" description="Mentorship requests you received and sent. New ones appear here as they arrive." />
      <Tabs value={tab} onChange={(value) => setParams(value ? { tab: value } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="received" rightSection={counts?.received?.totalCount ? <Badge size="sm" circle color="orange">{counts.received.totalCount}</Badge> : null}>
            Received
          </Tabs.Tab>
          <Tabs.Tab value="sent" rightSection={questions ? <Badge size="sm" circle color="orange">{questions}</Badge> : null}>
            Sent
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="received">
          <RequestList direction="RECEIVED" />
        </Tabs.Panel>
        <Tabs.Panel value="sent">
          <RequestList direction="SENT" />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}

function RequestList({ direction }: { direction: RequestDirection }) {
  const { data, error, loading, refetch } = useQuery(MentorshipRequestsDocument, { variables: { direction, first: PAGE_SIZE } });
  const requests = data?.viewer?.mentorshipRequests;
  if (error && !data) {
    return <ErrorState inline error={error} title="Your requests could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />;
  }
  if (!requests) {
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading requests">
        {[0, 1].map((key) => (
          <Skeleton key={key} height={160} radius="md" />
        ))}
      </Stack>
    );
  }
  if (requests.nodes.length === 0) {
    return (
      <Card withBorder padding="lg" radius="md">
        <Text fw={600}>{direction === 'RECEIVED' ? 'No requests yet' : 'You have not sent a request yet'}</Text>
        <Text size="sm" c="dimmed">
          {direction === 'RECEIVED'
            ? 'When a mentee asks you to mentor them, their request appears here at once.'
            : 'Find a mentor who fits, and ask them from their card.'}
        </Text>
      </Card>
    );
  }
  return (
    <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={direction === 'RECEIVED' ? 'Requests received' : 'Requests sent'} data-request-list={direction}>
      {requests.nodes.map((request) => (
        <li key={request.id}>
          <RequestCard request={request} side={direction === 'RECEIVED' ? 'mentor' : 'mentee'} />
        </li>
      ))}
    </Stack>
  );
}
