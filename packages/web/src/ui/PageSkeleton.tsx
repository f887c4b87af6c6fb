import { Card, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { Page } from './Page';

/** What a page looks like while its code or data loads: its shape, not a spinner. */
export function PageSkeleton({ label = 'Loading…' }: { label?: string }) {
  return (
    <Page aria-busy="true" data-page-skeleton>
      <VisuallyHidden role="status">{label}</VisuallyHidden>
      <Stack gap="xl" aria-hidden>
        <Stack gap="sm">
          <Skeleton height={14} width={120} radius="sm" />
          <Skeleton height={36} width="55%" radius="sm" />
          <Skeleton height={16} width="75%" radius="sm" />
        </Stack>
        {[0, 1].map((key) => (
          <Card key={key} withBorder padding="lg">
            <Stack gap="md">
              <Skeleton height={20} width="30%" radius="sm" />
              <Skeleton height={38} radius="md" />
              <Skeleton height={38} radius="md" />
              <Skeleton height={80} radius="md" />
            </Stack>
          </Card>
        ))}
      </Stack>
    </Page>
  );
}
