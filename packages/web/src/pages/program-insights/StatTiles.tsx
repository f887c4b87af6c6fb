import { Paper, SimpleGrid, Text } from '@mantine/core';
import { cadencePercent, formatHours, type Insights } from '../../domain/insights';

/** The headline numbers above the charts. */
export function StatTiles({ insights }: { insights: Insights }) {
  const cadence = cadencePercent(insights.sessions);
  const tiles = [
    { label: 'Active mentorships', value: String(insights.activeMentorships), hint: `${insights.atRisk.length} need attention` },
    {
      label: 'Sessions held',
      value: `${insights.sessions.held} / ${insights.sessions.expected}`,
      hint: cadence === null ? 'No sessions promised yet' : `${cadence} % of what the agreed cadences promise`,
    },
    {
      label: 'Goals completed',
      value: `${insights.goals.goalsCompleted} / ${insights.goals.goals}`,
      hint: `${insights.goals.milestonesDone} of ${insights.goals.milestones} milestones done`,
    },
    {
      label: 'First answer to requests',
      value: formatHours(insights.requests.medianHoursToAnswer),
      hint: `median; ${insights.requests.answered} of ${insights.requests.received} answered`,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" component="dl" m={0} data-stat-tiles>
      {tiles.map((tile) => (
        <Paper key={tile.label} withBorder p="md" radius="md">
          <Text component="dt" size="sm" c="dimmed">
            {tile.label}
          </Text>
          <Text component="dd" m={0} fz={28} fw={700} lh={1.2}>
            {tile.value}
          </Text>
          <Text component="dd" m={0} size="xs" c="dimmed">
            {tile.hint}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
