import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { MyProgramsDocument } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';
import { CreateOrganizationForm } from './CreateOrganizationForm';
import { CreateProgramForm } from './CreateProgramForm';

/** `/programs`: the organisations you belong to and their programs; creating either. */
export function ProgramsPage() {
  const { data, error, loading, refetch } = useQuery(MyProgramsDocument);
  const organizations = data?.viewer?.organizations?.nodes;
  const administered = organizations?.filter((organization) => organization.viewerIsAdmin) ?? [];
  return (
    <Page size="md">
      <PageHeader title="Programs" description="Formal mentoring programs run by the organisations you belong to." />
      {error && !data ? (
        <ErrorState inline error={error} title="Your programs could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
      ) : !organizations ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading programs">
          {[0, 1].map((key) => (
            <Skeleton key={key} height={96} radius="md" />
          ))}
        </Stack>
      ) : (
        <Stack gap="lg">
          {organizations.length === 0 ? (
            <Card withBorder padding="lg" radius="md">
              <Text fw={600}>No organisations yet</Text>
              <Text size="sm" c="dimmed">
                Create one below to run a program, or ask an organisation’s admin to add you.
              </Text>
            </Card>
          ) : (
            <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Your organisations">
              {organizations.map((organization) => (
                <li key={organization.id}>
                  <SectionCard
                    title={organization.name}
                    data-organization={organization.name}
                    aside={organization.viewerIsAdmin ? <Badge variant="light">Admin</Badge> : undefined}
                  >
                    {organization.programs.nodes.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        No programs yet.
                      </Text>
                    ) : (
                      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                        {organization.programs.nodes.map((program) => (
                          <li key={program.id}>
                            <Group gap="sm" justify="space-between">
                              <Anchor component={Link} to={`/programs/${encodeURIComponent(program.id)}`} fw={700}>
                                {program.name}
                              </Anchor>
                              <Text size="sm" c="dimmed">
                                {program.startsOn} – {program.endsOn}
                              </Text>
                            </Group>
                          </li>
                        ))}
                      </Stack>
                    )}
                  </SectionCard>
                </li>
              ))}
            </Stack>
          )}
          {administered.length > 0 && <CreateProgramForm organizations={administered} />}
          <CreateOrganizationForm />
        </Stack>
      )}
    </Page>
  );
}
