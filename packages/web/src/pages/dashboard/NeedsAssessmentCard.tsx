import { Badge, Button, Group, List, Text } from '@mantine/core';
import IconArrowRight from '@tabler/icons-react/icons/IconArrowRight';
import { Link } from 'react-router';
import { relativeTime } from '../../domain/dates';
import { HORIZONS, labelOf } from '../../domain/mentoring-options';
import type { DashboardQuery } from '../../graphql/documents';
import { SectionCard } from '../../ui/SectionCard';

type Assessment = NonNullable<NonNullable<DashboardQuery['viewer']>['needsAssessment']>;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function NeedsAssessmentCard({ assessment }: { assessment: Assessment | null }) {
  return (
    <SectionCard
      title="Your needs assessment"
      aside={
        <Badge variant="light" color={assessment ? 'spruce' : 'orange'}>
          {assessment ? 'Started' : 'Not started'}
        </Badge>
      }
      description={
        assessment
          ? `${plural(assessment.goals.length, 'goal')}, ${plural(assessment.skillsToDevelop.length, 'skill')} to develop. Updated ${relativeTime(assessment.updatedAt)}.`
          : 'Your goals, the skills you want to grow and how you like to learn. It helps you and your mentor start in the right place.'
      }
    >
      {assessment && assessment.goals.length > 0 && (
        <List size="sm" spacing={4}>
          {assessment.goals.slice(0, 3).map((goal) => (
            <List.Item key={goal.id}>
              {goal.title}{' '}
              <Text span size="xs" c="dimmed">
                ({labelOf(HORIZONS, goal.horizon).toLowerCase()})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      <Group>
        <Button component={Link} to="/needs-assessment" variant={assessment ? 'default' : 'filled'} rightSection={<IconArrowRight size={16} aria-hidden />}>
          {assessment ? 'Edit needs assessment' : 'Start your needs assessment'}
        </Button>
      </Group>
    </SectionCard>
  );
}
