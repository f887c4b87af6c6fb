import { Alert, Button, Group, Text } from '@mantine/core';
import IconAlertTriangle from '@tabler/icons-react/icons/IconAlertTriangle';
import IconRefresh from '@tabler/icons-react/icons/IconRefresh';
import { describeError } from '../graphql/errors';
import { Page } from './Page';

export interface ErrorStateProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** Inside a page already: no page container around it. */
  inline?: boolean;
}

/** A load that failed: what happened, in words, and a way to try again. */
export function ErrorState({ error, title = 'This page could not be loaded', onRetry, retrying, inline }: ErrorStateProps) {
  const alert = (
    <Alert variant="light" color="red" title={title} icon={<IconAlertTriangle size={20} aria-hidden />}>
      <Text size="sm">{describeError(error)}</Text>
      {onRetry && (
        <Group mt="md">
          <Button size="compact-sm" variant="default" leftSection={<IconRefresh size={16} aria-hidden />} loading={retrying} onClick={onRetry}>
            Try again
          </Button>
        </Group>
      )}
    </Alert>
  );
  return inline ? alert : <Page size="sm">{alert}</Page>;
}
