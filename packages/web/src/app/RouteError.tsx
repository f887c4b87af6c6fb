import { Alert, Button, Group, Text } from '@mantine/core';
import IconAlertTriangle from '@tabler/icons-react/icons/IconAlertTriangle';
import { useRouteError } from 'react-router';
import { Page } from '../ui/Page';
import { useDocumentTitle } from '../ui/use-page-focus';

/**
 * A page that failed to render or to load its code (often: a new version was
 * deployed while this tab was open). The shell stays; reloading fixes most cases.
 */
export function RouteError() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  const stale = error instanceof Error && /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
  console.error(error);
  return (
    <Page size="sm">
      <Alert
        variant="light"
        color="red"
        title={stale ? 'Mentorspace has been updated' : 'Something went wrong on this page'}
        icon={<IconAlertTriangle size={20} aria-hidden />}
      >
        <Text size="sm">
          {stale
            ? 'This tab is running an older version. Reload to get the new one.'
            : 'Reloading the page usually helps. If it keeps happening, please tell us what you were doing.'}
        </Text>
        <Group mt="md">
          <Button size="compact-sm" variant="default" onClick={() => window.location.reload()}>
            Reload
          </Button>
        </Group>
      </Alert>
    </Page>
  );
}
