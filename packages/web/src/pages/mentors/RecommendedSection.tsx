import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import IconSparkles from '@tabler/icons-react/icons/IconSparkles';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { sameWeights, weightsInput, type Weights } from '../../domain/matching';
import { MatchingWeightsDocument, RecommendedMentorsDocument, SaveMatchingWeightsDocument, type MentorCardFieldsFragment } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { ErrorState } from '../../ui/ErrorState';
import { MentorCard } from './MentorCard';
import { WeightSliders } from './WeightSliders';

const RECOMMENDATIONS = 6;

/** "Recommended for you": the best matches for the needs assessment, each with why, and the weights behind them. */
export function RecommendedSection({ onRequest }: { onRequest: (mentor: MentorCardFieldsFragment) => void }) {
  const saved = useQuery(MatchingWeightsDocument);
  const savedWeights = saved.data?.viewer?.matchingWeights ? weightsInput(saved.data.viewer.matchingWeights) : null;
  const [weights, setWeights] = useState<Weights | null>(null);
  useEffect(() => {
    if (savedWeights && !weights) setWeights(savedWeights);
  }, [savedWeights, weights]);
  const [debounced] = useDebouncedValue(weights, 250);
  const { data, previousData, error, loading, refetch } = useQuery(RecommendedMentorsDocument, {
    variables: { first: RECOMMENDATIONS, weights: debounced ?? undefined },
    skip: !saved.data,
  });
  const [save, { loading: saving }] = useMutation(SaveMatchingWeightsDocument, { refetchQueries: [MatchingWeightsDocument], awaitRefetchQueries: true });
  const shown = data ?? previousData;
  const dirty = Boolean(weights && savedWeights && !sameWeights(weights, savedWeights));

  async function saveWeights() {
    if (!weights) return;
    try {
      const { data: result } = await save({ variables: { input: weights } });
      const problem = result?.saveMatchingWeights.userErrors[0];
      if (problem) notifications.show({ color: 'red', title: 'Weights not saved', message: problem.message });
      else notifications.show({ color: 'spruce', message: 'Saved. Your recommendations use these weights from now on.' });
    } catch (caught) {
      notifications.show({ color: 'red', title: 'Weights not saved', message: describeError(caught) });
    }
  }

  return (
    <section aria-labelledby="recommended">
      <Group gap="xs" mb={4}>
        <IconSparkles size={22} aria-hidden color="var(--mantine-color-anchor)" />
        <Title order={2} size="h3" id="recommended">
          Recommended for you
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="lg" maw="44rem">
        Scored against your{' '}
        <Anchor component={Link} to="/needs-assessment">
          needs assessment
        </Anchor>
        . Each card says why, part by part.
      </Text>
      <Stack gap="lg">
        {weights && savedWeights && (
          <WeightSliders
            weights={weights}
            onChange={setWeights}
            dirty={dirty}
            saving={saving}
            onSave={() => void saveWeights()}
            onReset={() => setWeights(savedWeights)}
          />
        )}
        {(error || saved.error) && !shown ? (
          <ErrorState inline error={error ?? saved.error} title="Recommendations could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
        ) : !shown ? (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy="true" aria-label="Loading recommendations">
            {[0, 1, 2].map((key) => (
              <Skeleton key={key} height={320} radius="md" />
            ))}
          </SimpleGrid>
        ) : shown.recommendedMentors.length === 0 ? (
          <Card withBorder padding="lg" radius="md">
            <Text fw={600}>No recommendations yet</Text>
            <Text size="sm" c="dimmed">
              Add goals and skills to your needs assessment, or search below: mentors who are full, not taking requests or already matched
              with you are left out.
            </Text>
          </Card>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" aria-busy={loading} style={{ opacity: loading ? 0.7 : 1, transition: 'opacity 150ms' }} data-recommendations>
            {shown.recommendedMentors.map((match) => (
              <MentorCard key={match.mentor.id} mentor={match.mentor} match={match} onRequest={onRequest} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </section>
  );
}
