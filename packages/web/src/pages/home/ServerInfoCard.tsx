import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import IconAlertTriangle from '@tabler/icons-react/icons/IconAlertTriangle';
import IconRefresh from '@tabler/icons-react/icons/IconRefresh';
import { ServerInfoDocument } from '../../graphql/documents';
import classes from './HomePage.module.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

/**
 * Which server answered: a quick check that the API is reachable. It refetches
 * by itself when the live connection comes back after an outage.
 */
export function ServerInfoCard() {
  const { data, loading, error, refetch } = useQuery(ServerInfoDocument);
  const state = error ? 'error' : data ? 'ready' : 'loading';

  return (
    <Card
      component="section"
      withBorder
      padding="lg"
      aria-labelledby="server-info-title"
      aria-busy={loading}
      data-server-info={state}
    >
      <Group justify="space-between" align="center" mb="md" wrap="nowrap">
        <Title id="server-info-title" order={2} size="h4">
          This server
        </Title>
        {(data || error) && (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconRefresh size={16} aria-hidden />}
            loading={loading}
            onClick={() => void refetch().catch(() => {})}
          >
            {error ? 'Try again' : 'Refresh'}
          </Button>
        )}
      </Group>

      {error ? (
        <Alert
          variant="light"
          color="red"
          title="Mentorspace’s server can’t be reached"
          icon={<IconAlertTriangle size={20} aria-hidden />}
        >
          <Text size="sm">
            The page will load what it needs as soon as the server answers; you can also try again now.
          </Text>
          <Text size="xs" c="dimmed" mt={6}>
            {error.message}
          </Text>
        </Alert>
      ) : data ? (
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" className={classes.facts} m={0}>
          <div>
            <dt>Version</dt>
            <dd>{data.serverInfo.version}</dd>
          </div>
          <div>
            <dt>Instance</dt>
            <dd>
              <Text component="span" ff="monospace" size="sm">
                {data.serverInfo.instanceId}
              </Text>
            </dd>
          </div>
          <div>
            <dt>Server time</dt>
            <dd>
              <time dateTime={data.serverInfo.time}>{formatTime(data.serverInfo.time)}</time>
            </dd>
          </div>
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" aria-hidden>
          {[0, 1, 2].map((key) => (
            <div key={key}>
              <Skeleton height={10} width="40%" radius="sm" mb={10} />
              <Skeleton height={16} width="75%" radius="sm" />
            </div>
          ))}
        </SimpleGrid>
      )}
      {!data && !error && (
        <Text size="sm" c="dimmed" mt="md">
          Asking the server…
        </Text>
      )}
    </Card>
  );
}
