import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Checkbox, Group, SimpleGrid, Skeleton, Stack, Switch, TagsInput, Text, TextInput, Title } from '@mantine/core';
import IconSearch from '@tabler/icons-react/icons/IconSearch';
import { useState, type FormEvent } from 'react';
import { FORMATS } from '../../domain/mentoring-options';
import { LanguageSelect } from '../../forms/LanguageSelect';
import { SearchMentorsDocument, type MentorCardFieldsFragment, type MentoringFormat, type MentorSearchFilter } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { MentorCard } from './MentorCard';

const PAGE_SIZE = 12;

interface Criteria {
  query: string;
  skills: string[];
  languages: string[];
  formats: MentoringFormat[];
  acceptingOnly: boolean;
}

const EMPTY: Criteria = { query: '', skills: [], languages: [], formats: [], acceptingOnly: true };

/** The API's filter from the form: only what was set. */
export function searchFilter(criteria: Criteria): MentorSearchFilter {
  return {
    acceptingRequests: criteria.acceptingOnly ? true : null,
    ...(criteria.skills.length ? { skills: criteria.skills } : {}),
    ...(criteria.languages.length ? { languages: criteria.languages } : {}),
    ...(criteria.formats.length ? { formats: criteria.formats } : {}),
  };
}

/** Search by words, with filters; results page on with "Load more". */
export function SearchSection({ onRequest }: { onRequest?: (mentor: MentorCardFieldsFragment) => void }) {
  const [draft, setDraft] = useState<Criteria>(EMPTY);
  const [criteria, setCriteria] = useState<Criteria>(EMPTY);
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(SearchMentorsDocument, {
    variables: { query: criteria.query.trim(), filter: searchFilter(criteria), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const results = (data ?? previousData)?.searchMentors;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  function search(event: FormEvent) {
    event.preventDefault();
    setCriteria(draft);
  }

  async function loadMore() {
    if (!results?.pageInfo.endCursor) return;
    await fetchMore({
      variables: { after: results.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        searchMentors: {
          ...fetchMoreResult.searchMentors,
          nodes: [...previous.searchMentors.nodes, ...fetchMoreResult.searchMentors.nodes.filter((node) => !previous.searchMentors.nodes.some((p) => p.id === node.id))],
        },
      }),
    }).catch(() => {});
  }

  return (
    <section aria-labelledby="search-mentors">
      <Title order={2} size="h3" id="search-mentors" mb={4}>
        Search all mentors
      </Title>
      <Text size="sm" c="dimmed" mb="lg">
        By what they know, what they offer and the languages they mentor in.
      </Text>
      <Card withBorder padding="lg" radius="md" mb="lg">
        <form role="search" aria-label="Search mentors" onSubmit={search} data-mentor-search>
          <Stack gap="md">
            <Group align="flex-end" gap="sm" wrap="nowrap">
              <TextInput
                label="Search"
                placeholder="e.g. product management, facilitation, design reviews"
                leftSection={<IconSearch size={16} aria-hidden />}
                value={draft.query}
                onChange={(event) => setDraft({ ...draft, query: event.currentTarget.value })}
                style={{ flex: 1 }}
                type="search"
              />
              <Button type="submit" loading={loading && !loadingMore && Boolean(results)}>
                Search
              </Button>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TagsInput
                label="Skills"
                description="Press Enter after each."
                placeholder="e.g. Facilitation"
                value={draft.skills}
                onChange={(skills) => setDraft({ ...draft, skills })}
                clearable
              />
              <LanguageSelect
                description="Mentors in at least one of them."
                placeholder="Any language"
                value={draft.languages}
                onChange={(languages) => setDraft({ ...draft, languages })}
              />
            </SimpleGrid>
            <Checkbox.Group
              label="Formats"
              value={draft.formats}
              onChange={(formats) => setDraft({ ...draft, formats: formats as MentoringFormat[] })}
            >
              <Group gap="lg" mt="xs">
                {FORMATS.map(({ value, label }) => (
                  <Checkbox key={value} value={value} label={label} />
                ))}
              </Group>
            </Checkbox.Group>
            <Group justify="space-between" gap="sm">
              <Switch
                label="Only mentors taking requests now"
                checked={draft.acceptingOnly}
                onChange={(event) => setDraft({ ...draft, acceptingOnly: event.currentTarget.checked })}
              />
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => {
                  setDraft(EMPTY);
                  setCriteria(EMPTY);
                }}
              >
                Clear filters
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {error && !results ? (
        <ErrorState inline error={error} title="The search did not work" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
      ) : !results ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy="true" aria-label="Searching">
          {[0, 1, 2].map((key) => (
            <Skeleton key={key} height={200} radius="md" />
          ))}
        </SimpleGrid>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed" role="status" data-search-count={results.totalCount}>
            {results.totalCount === 0
              ? 'No mentors match. Try fewer filters or other words.'
              : `${results.totalCount} ${results.totalCount === 1 ? 'mentor' : 'mentors'}${results.nodes.length < results.totalCount ? `, showing ${results.nodes.length}` : ''}`}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" data-search-results style={{ opacity: loading && !loadingMore ? 0.7 : 1 }}>
            {results.nodes.map((mentor) => (
              <MentorCard key={mentor.id} mentor={mentor} onRequest={onRequest} />
            ))}
          </SimpleGrid>
          {results.pageInfo.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void loadMore()} loading={loadingMore}>
                Load more
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </section>
  );
}
