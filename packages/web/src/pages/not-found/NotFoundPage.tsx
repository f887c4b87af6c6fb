import { Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';

export function NotFoundPage() {
  return (
    <Page size="sm">
      <PageHeader eyebrow="404" title="This page does not exist" />
      <Text c="dimmed" mb="lg">
        The link may be old, or mistyped. Everything else is where you left it.
      </Text>
      <Group>
        <Button component={Link} to="/">
          Go home
        </Button>
      </Group>
    </Page>
  );
}
