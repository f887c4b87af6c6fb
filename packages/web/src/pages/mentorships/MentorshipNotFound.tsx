import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';

/** What the mentorship pages show for an id that does not exist or is not the viewer's. */
export function MentorshipNotFound() {
  return (
    <Page size="md">
      <PageHeader title="Mentorship not found" description="It does not exist, or it is not yours." />
      <Anchor component={Link} to="/mentorships">
        All mentorships
      </Anchor>
    </Page>
  );
}
