import { Group, Progress, Stack, Text } from '@mantine/core';
import { factorLabel, partsByContribution, percent } from '../../domain/matching';
import type { MatchPartFieldsFragment } from '../../graphql/documents';
import classes from './Mentors.module.css';

/**
 * Why a mentor fits: each part of the score, how well it fits, how much it
 * counts, and the server's sentence about it. Biggest contribution first.
 */
export function MatchBreakdown({ parts, label }: { parts: readonly MatchPartFieldsFragment[]; label: string }) {
  return (
    <Stack gap="xs" component="ul" aria-label={label} className={classes.breakdown} data-match-breakdown>
      {partsByContribution(parts).map((part) => (
        <li key={part.factor} data-factor={part.factor}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" fw={600}>
              {factorLabel(part.factor)}
            </Text>
            <Text size="xs" c="dimmed" title="How well it fits · its share of the score">
              {percent(part.value)} fit · counts {percent(part.weight)}
            </Text>
          </Group>
          <Progress value={part.value * 100} size="sm" radius="xl" mt={4} aria-hidden color={part.value >= 0.5 ? 'spruce' : 'orange'} />
          <Text size="sm" c="dimmed" mt={4}>
            {part.explanation}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
