import { Card, Stack, Text, Title, type CardProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import classes from './ui.module.css';

export interface SectionCardProps extends Omit<CardProps, 'title'> {
  id?: string;
  title: string;
  description?: ReactNode;
  /** Heading level: 2 for a page's sections, 3 inside a section. */
  order?: 2 | 3;
  /** Beside the title, e.g. a status badge. */
  aside?: ReactNode;
  children: ReactNode;
}

/** A titled card: one part of a page, with its heading as its accessible name. */
export function SectionCard({ title, description, order = 2, aside, children, ...props }: SectionCardProps) {
  const id = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id} {...props} className={[classes.sectionCard, props.className].filter(Boolean).join(' ')}>
      <Stack gap={4}>
        <div style={{ display: 'flex', gap: 'var(--mantine-spacing-sm)', alignItems: 'center', flexWrap: 'wrap' }}>
          <Title order={order} size={order === 2 ? 'h3' : 'h4'} id={id}>
            {title}
          </Title>
          {aside}
        </div>
        {description && (
          <Text size="sm" c="dimmed" maw="44rem">
            {description}
          </Text>
        )}
      </Stack>
      <Stack gap="md" mt="lg">
        {children}
      </Stack>
    </Card>
  );
}
