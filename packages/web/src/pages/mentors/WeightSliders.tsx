import { Button, Card, Group, SimpleGrid, Slider, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { FACTORS, WEIGHT_MAX, WEIGHT_MIN, weightLabel, weightShares, percent, type Weights } from '../../domain/matching';
import classes from './Mentors.module.css';

export interface WeightSlidersProps {
  weights: Weights;
  onChange: (weights: Weights) => void;
  /** Differs from the saved weights: "Save these weights" is offered. */
  dirty: boolean;
  saving: boolean;
  onSave: () => void;
  onReset: () => void;
}

/** How much each part counts; the recommendations follow as the sliders move. */
export function WeightSliders({ weights, onChange, dirty, saving, onSave, onReset }: WeightSlidersProps) {
  const titleId = useId();
  const shares = weightShares(weights);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={titleId} className={classes.sliders} data-weight-sliders>
      <Stack gap={4} mb="md">
        <Title order={3} size="h5" id={titleId}>
          What matters most to you
        </Title>
        <Text size="sm" c="dimmed">
          Move a slider and the recommendations follow. Only the proportions matter.
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        {FACTORS.map(({ value, label, description }) => (
          <div key={value}>
            <Group justify="space-between" gap={4} wrap="nowrap">
              <Text size="sm" fw={600} id={`${titleId}-${value}`}>
                {label}
              </Text>
              <Text size="xs" c="dimmed">
                {weightLabel(weights[value])} · {percent(shares[value])}
              </Text>
            </Group>
            <Slider
              min={WEIGHT_MIN}
              max={WEIGHT_MAX}
              step={1}
              value={weights[value]}
              onChange={(next) => onChange({ ...weights, [value]: next })}
              label={null}
              thumbProps={{ 'aria-labelledby': `${titleId}-${value}`, 'aria-valuetext': `${weightLabel(weights[value])}, ${weights[value]} of 10` } as never}
              mt={6}
              data-weight={value}
            />
            <Text size="xs" c="dimmed" mt={4}>
              {description}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Group justify="flex-end" gap="sm" mt="lg">
        <Button variant="default" onClick={onReset} disabled={!dirty || saving}>
          Back to saved
        </Button>
        <Button onClick={onSave} loading={saving} disabled={!dirty}>
          Save these weights
        </Button>
      </Group>
    </Card>
  );
}
