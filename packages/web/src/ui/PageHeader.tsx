import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './ui.module.css';
import { useDocumentTitle, usePageFocus } from './use-page-focus';

export interface PageHeaderProps {
  title: string;
  /** A short line under the title. */
  description?: ReactNode;
  /** A small label above the title, e.g. the area of the app. */
  eyebrow?: string;
  /** Buttons at the end of the title row. */
  actions?: ReactNode;
}

/** A page's one `<h1>`, which also names the tab and takes focus after in-app navigation. */
export function PageHeader({ title, description, eyebrow, actions }: PageHeaderProps) {
  useDocumentTitle(title);
  const ref = usePageFocus<HTMLHeadingElement>();
  return (
    <Group justify="space-between" align="flex-end" gap="md" mb="xl" wrap="wrap">
      <Stack gap={6} className={classes.headerText}>
        {eyebrow && (
          <Text size="sm" fw={700} tt="uppercase" c="var(--mantine-color-anchor)" className={classes.eyebrow}>
            {eyebrow}
          </Text>
        )}
        <Title order={1} ref={ref} tabIndex={-1} className={classes.pageTitle}>
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="lg" className={classes.lead}>
            {description}
          </Text>
        )}
      </Stack>
      {actions}
    </Group>
  );
}
