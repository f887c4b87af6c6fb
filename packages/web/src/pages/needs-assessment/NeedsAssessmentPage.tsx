import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack } from '@mantine/core';
import IconInfoCircle from '@tabler/icons-react/icons/IconInfoCircle';
import { Link } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import { MyNeedsAssessmentDocument } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { Prompts } from '../../ui/Prompts';
import { NeedsAssessmentForm } from './NeedsAssessmentForm';
import { INTRO } from './prompts';

/** `/needs-assessment`: a mentee's private self-assessment. */
export function NeedsAssessmentPage() {
  const { viewer } = useViewer();
  const { data, error, refetch, loading } = useQuery(MyNeedsAssessmentDocument);
  if (!data) {
    return error ? (
      <ErrorState error={error} title="Your needs assessment could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <PageSkeleton label="Loading your needs assessment…" />
    );
  }
  const saved = data.viewer?.needsAssessment ?? null;
  return (
    <Page size="md">
      <PageHeader
        eyebrow="Mentee"
        title="Needs assessment"
        description="Where you are, where you want to go, and what kind of help would get you there. Only you can see it."
      />
      <Stack gap="lg">
        {viewer && !viewer.roles.isMentee && (
          <Alert variant="light" color="blue" icon={<IconInfoCircle size={20} aria-hidden />}>
            You have not said you are looking for a mentor. You can still fill this in;{' '}
            <Anchor component={Link} to="/onboarding">
              add the mentee role
            </Anchor>{' '}
            when you are ready.
          </Alert>
        )}
        {!saved && <Prompts title="Before you start" questions={INTRO} />}
        <NeedsAssessmentForm saved={saved} />
      </Stack>
    </Page>
  );
}
