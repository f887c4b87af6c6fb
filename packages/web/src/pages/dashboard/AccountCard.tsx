import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Viewer } from '../../auth/use-viewer';
import { SectionCard } from '../../ui/SectionCard';

function rolesSentence({ isMentor, isMentee }: Viewer['roles']): string {
  if (isMentor && isMentee) return 'You take part as a mentor and as a mentee.';
  if (isMentor) return 'You take part as a mentor.';
  return 'You take part as a mentee.';
}

export function AccountCard({ viewer }: { viewer: Viewer }) {
  return (
    <SectionCard title="Your account">
      <Stack gap={4}>
        <Group gap="xs">
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {viewer.email}
          </Text>
          <Badge size="sm" variant="light" color={viewer.emailVerified ? 'spruce' : 'orange'}>
            {viewer.emailVerified ? 'Confirmed' : 'Not confirmed'}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {rolesSentence(viewer.roles)}{' '}
          <Anchor component={Link} to="/onboarding" size="sm">
            Change roles
          </Anchor>
        </Text>
      </Stack>
      <Text size="sm">
        <Anchor component={Link} to="/settings">
          Settings
        </Anchor>
        : password, sessions, personal access tokens, your data.
      </Text>
    </SectionCard>
  );
}
