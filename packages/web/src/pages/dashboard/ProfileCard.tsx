import { Badge, Button, Group, Text } from '@mantine/core';
import IconArrowRight from '@tabler/icons-react/icons/IconArrowRight';
import { Link } from 'react-router';
import { relativeTime } from '../../domain/dates';
import { labelOf, VISIBILITIES } from '../../domain/mentoring-options';
import type { DashboardQuery } from '../../graphql/documents';
import { SectionCard } from '../../ui/SectionCard';

type Profile = NonNullable<NonNullable<DashboardQuery['viewer']>['mentorProfile']>;

export function ProfileCard({ profile }: { profile: Profile | null }) {
  return (
    <SectionCard
      title="Your mentor profile"
      aside={
        <Badge variant="light" color={profile ? 'spruce' : 'orange'}>
          {profile ? 'Set up' : 'Not set up'}
        </Badge>
      }
      description={
        profile
          ? `Updated ${relativeTime(profile.updatedAt)}.`
          : 'Your expertise, the way you like to work and when you are free, so the right mentees find you.'
      }
    >
      {profile && (
        <>
          <Text size="sm" fw={600}>
            {profile.headline || 'No headline yet.'}
          </Text>
          <Group gap="xs">
            <Badge variant="outline" color={profile.acceptingRequests ? 'spruce' : 'gray'} tt="none">
              {profile.acceptingRequests ? 'Accepting requests' : 'Not accepting requests'}
            </Badge>
            <Badge variant="outline" color="gray" tt="none">
              Visible to: {labelOf(VISIBILITIES, profile.visibility).toLowerCase()}
            </Badge>
          </Group>
        </>
      )}
      <Group>
        <Button component={Link} to="/profile" variant={profile ? 'default' : 'filled'} rightSection={<IconArrowRight size={16} aria-hidden />}>
          {profile ? 'Edit profile' : 'Set up your profile'}
        </Button>
      </Group>
    </SectionCard>
  );
}
