import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import IconArrowLeft from '@tabler/icons-react/icons/IconArrowLeft';
import IconDownload from '@tabler/icons-react/icons/IconDownload';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../domain/dates';
import { csvFilename } from '../../domain/insights';
import { ProgramInsightsCsvDocument, ProgramInsightsDocument } from '../../graphql/documents';
import { describeError, UserFacingError } from '../../graphql/errors';
import { downloadText } from '../../ui/download';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { AtRiskTable } from './AtRiskTable';
import { InsightsCharts } from './InsightsCharts';
import { StatTiles } from './StatTiles';

/** `/programs/:id/insights`: the program's figures for its admins, as charts, an at-risk list and a CSV download. */
export function ProgramInsightsPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ProgramInsightsDocument, { variables: { id } });
  const client = useApolloClient();
  const [csv, setCsv] = useState<{ busy: boolean; message?: string; failed?: boolean }>({ busy: false });
  const program = data?.node?.__typename === 'Program' ? data.node : null;

  if (!data) {
    return error ? (
      <ErrorState error={error} title="The insights could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <PageSkeleton label="Loading the program’s insights…" />
    );
  }
  const back = (
    <Anchor component={Link} to={`/programs/${id}`} size="sm" mb="md" display="inline-block">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden /> {program ? program.name : 'Programs'}
      </Group>
    </Anchor>
  );
  if (!program?.insights) {
    return (
      <Page size="md">
        {back}
        <PageHeader title="Insights" description={program ? program.name : undefined} />
        <Alert color="gray" variant="light" title="For the organisation’s admins">
          Only the admins of the organisation that runs this program see its insights.
        </Alert>
      </Page>
    );
  }
  const insights = program.insights;

  async function downloadCsv() {
    setCsv({ busy: true });
    try {
      const { data: result } = await client.query({ query: ProgramInsightsCsvDocument, variables: { id }, fetchPolicy: 'no-cache' });
      const fresh = result?.node && 'insights' in result.node ? result.node.insights : null;
      if (!fresh) throw new UserFacingError('The insights are no longer available to you.');
      downloadText(fresh.csv, csvFilename(program!.name, fresh.generatedAt), 'text/csv;charset=utf-8');
      setCsv({ busy: false, message: 'Your download has started.' });
    } catch (caught) {
      setCsv({ busy: false, message: describeError(caught), failed: true });
    }
  }

  return (
    <Page size="lg">
      {back}
      <PageHeader
        eyebrow={program.organization.name}
        title={`${program.name}: insights`}
        description={`As of ${formatDateTime(insights.generatedAt)}. Ratings appear only as averages over three or more people.`}
        actions={
          <Stack gap={4} align="flex-end">
            <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} loading={csv.busy} onClick={() => void downloadCsv()}>
              Download CSV
            </Button>
            <Text size="xs" role="status" c={csv.failed ? 'red' : 'dimmed'}>
              {csv.message ?? ''}
            </Text>
          </Stack>
        }
      />
      <Stack gap="lg">
        <StatTiles insights={insights} />
        <InsightsCharts insights={insights} />
        <AtRiskTable atRisk={insights.atRisk} />
      </Stack>
    </Page>
  );
}
