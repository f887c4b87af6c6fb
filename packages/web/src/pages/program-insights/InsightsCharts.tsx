import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import { ColorSwatch, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  completionChartData,
  ratingsChartData,
  responseChartData,
  statusChartData,
  weeklyChartData,
  type Insights,
} from '../../domain/insights';
import { ChartCard } from './ChartCard';

const HEIGHT = 240;

/** The five charts. Their code (recharts) loads with this page only. */
export function InsightsCharts({ insights }: { insights: Insights }) {
  const statuses = statusChartData(insights.mentorshipsByStatus);
  const weekly = weeklyChartData(insights.sessions.weekly);
  const completion = completionChartData(insights.goals);
  const ratings = ratingsChartData(insights.feedback, insights.reviews);
  const responses = responseChartData(insights.requests);
  const total = statuses.reduce((sum, entry) => sum + entry.value, 0);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <ChartCard
        id="mentorships-by-status"
        title="Mentorships by status"
        values={statuses.map((entry) => ({ label: entry.name, value: entry.value }))}
        empty={total === 0 ? 'No mentorships yet: match pairs on the Matching tab.' : null}
      >
        <Group gap="xl" align="center" wrap="nowrap">
          <DonutChart data={statuses} h={HEIGHT} size={180} thickness={28} withLabelsLine withLabels withTooltip chartLabel={`${total} total`} />
          <Stack gap={6}>
            {statuses.map((entry) => (
              <Group key={entry.name} gap="xs" wrap="nowrap">
                <ColorSwatch color={`var(--mantine-color-${entry.color.replace('.', '-')})`} size={12} withShadow={false} />
                <Text size="sm">
                  {entry.name} <Text span c="dimmed">{entry.value}</Text>
                </Text>
              </Group>
            ))}
          </Stack>
        </Group>
      </ChartCard>
      <ChartCard
        id="sessions-per-week"
        title="Sessions per week"
        description="Days a pair met (a live session, or a meeting recorded as attended), the last 12 weeks."
        values={weekly.map((week) => ({ label: `Week of ${week.week}`, value: week.Sessions }))}
        empty={weekly.every((week) => week.Sessions === 0) ? 'No sessions in the last 12 weeks.' : null}
      >
        <BarChart h={HEIGHT} data={weekly} dataKey="week" series={[{ name: 'Sessions', color: 'spruce.6' }]} tickLine="y" yAxisProps={{ allowDecimals: false }} />
      </ChartCard>
      <ChartCard
        id="goal-completion"
        title="Goals and milestones"
        description="Done, open, and overdue milestones across every board in the program."
        values={completion.flatMap((row) => [
          { label: `${row.item} done`, value: row.Done },
          { label: `${row.item} open`, value: row.Open },
          ...(row.Overdue ? [{ label: `${row.item} overdue`, value: row.Overdue }] : []),
        ])}
        empty={insights.goals.goals === 0 ? 'No goals on the boards yet.' : null}
      >
        <BarChart
          h={HEIGHT}
          data={completion}
          dataKey="item"
          type="stacked"
          withLegend
          series={[
            { name: 'Done', color: 'spruce.6' },
            { name: 'Open', color: 'gray.5' },
            { name: 'Overdue', color: 'red.6' },
          ]}
          tickLine="y"
          yAxisProps={{ allowDecimals: false }}
        />
      </ChartCard>
      <ChartCard
        id="ratings"
        title="Feedback and review ratings"
        description="Averages from 1 to 5, shown only when three or more people have rated; single answers are never shown."
        values={ratings.map((bar) => ({ label: bar.aspect, value: bar.Average }))}
        empty={ratings.length === 0 ? 'Shown once three or more people have given feedback or rated a review.' : null}
      >
        <BarChart h={HEIGHT} data={ratings} dataKey="aspect" series={[{ name: 'Average', color: 'blue.6' }]} yAxisProps={{ domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5] }} tickLine="y" />
      </ChartCard>
      <ChartCard
        id="request-answers"
        title="How fast mentors answer requests"
        description="Time to a first answer, for requests to the program’s mentors since it started."
        values={responses.map((bar) => ({ label: bar.span, value: bar.Requests }))}
        empty={insights.requests.received === 0 ? 'No requests to the program’s mentors yet.' : null}
      >
        <BarChart h={HEIGHT} data={responses} dataKey="span" series={[{ name: 'Requests', color: 'grape.6' }]} tickLine="y" yAxisProps={{ allowDecimals: false }} />
      </ChartCard>
    </SimpleGrid>
  );
}
