import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack } from '@mantine/core';
import IconInfoCircle from '@tabler/icons-react/icons/IconInfoCircle';
import { Link } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import { MyMentorProfileDocument } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { ProfileForm } from './ProfileForm';

/** `/profile`: the mentor profile editor. */
export function ProfilePage() {
  const { viewer } = useViewer();
  const { data, error, refetch, loading } = useQuery(MyMentorProfileDocument);
  if (!data) {
    return error ? (
      <ErrorState error={error} title="Your profile could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <PageSkeleton label="Loading your profile…" />
    );
  }
  const saved = data.viewer?.mentorProfile ?? null;
  return (
    <Page size="md">
      <PageHeader
        eyebrow="Mentor"
        title="Your mentor profile"
        description={
          saved
            ? 'What mentees see when they look for someone like you. Keep it current.'
            : 'Tell mentees who you are, what you can help with, and how you like to work. You can change it at any time.'
        }
      />
      <Stack gap="lg">
        {viewer && !viewer.roles.isMentor && (
          <Alert variant="light" color="blue" icon={<IconInfoCircle size={20} aria-hidden />}>
            You have not said you want to mentor. You can still prepare a profile;{' '}
            <Anchor component={Link} to="/onboarding">
              add the mentor role
            </Anchor>{' '}
            when you are ready.
          </Alert>
        )}
        <ProfileForm saved={saved} />
      </Stack>
    </Page>
  );
}
