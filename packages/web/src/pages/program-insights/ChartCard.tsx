import { Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { SectionCard } from '../../ui/SectionCard';

/**
 * A chart with its title, and the same numbers as a list for screen readers
 * (the SVG alone says nothing to them). `empty` replaces the chart when
 * there is nothing to draw.
 */
export function ChartCard({
  id,
  title,
  description,
  values,
  empty,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  values: { label: string; value: string | number }[];
  empty?: string | null;
  children: ReactNode;
}) {
  return (
    <SectionCard title={title} order={3} description={description} data-chart={id} data-chart-empty={empty ? 'true' : 'false'}>
      {empty ? (
        <Text size="sm" c="dimmed" mt="sm">
          {empty}
        </Text>
      ) : (
        <>
          <div aria-hidden="true" style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
            {children}
          </div>
          <VisuallyHidden>
            <ul>
              {values.map((entry) => (
                <li key={entry.label}>
                  {entry.label}: {entry.value}
                </li>
              ))}
            </ul>
          </VisuallyHidden>
        </>
      )}
    </SectionCard>
  );
}
