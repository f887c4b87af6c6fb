import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { factorLabel, partsByContribution } from '../../domain/matching';
import { describeError } from '../../graphql/errors';
import { MatchProgramPairsDocument, ProgramDocument, type ProgramQuery } from '../../graphql/documents';

type ProgramNode = Extract<NonNullable<ProgramQuery['node']>, { __typename: 'Program' }>;
type Pair = NonNullable<ProgramNode['suggestedPairs']>[number];

const pairKey = (pair: { mentee: { id: string }; mentor: { id: string } }) => `${pair.mentee.id}:${pair.mentor.id}`;
const percent = (score: number) => `${Math.round(score * 100)}%`;

/** The pairs the scoring suggests among approved enrollees: pick some and match them, all or none. */
export function SuggestedPairs({ programId, pairs }: { programId: string; pairs: readonly Pair[] }) {
  const [match, { loading }] = useMutation(MatchProgramPairsDocument, {
    refetchQueries: [{ query: ProgramDocument, variables: { id: programId } }],
    awaitRefetchQueries: true,
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [pairErrors, setPairErrors] = useState<Readonly<Record<string, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [matched, setMatched] = useState<ReadonlyArray<{ id: string; mentor: string; mentee: string }>>([]);

  function toggle(key: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  async function matchSelected() {
    const chosen = pairs.filter((pair) => selected.has(pairKey(pair)));
    if (chosen.length === 0) return;
    setFormError(null);
    setPairErrors({});
    try {
      const { data } = await match({
        variables: { input: { programId, pairs: chosen.map((pair) => ({ menteeId: pair.mentee.id, mentorId: pair.mentor.id })) } },
      });
      const payload = data?.matchProgramPairs;
      if (!payload) return;
      if (payload.userErrors.length) {
        const byPair: Record<string, string> = {};
        const general: string[] = [];
        for (const error of payload.userErrors) {
          const [list, index] = error.field;
          const pair = list === 'pairs' && index !== undefined ? chosen[Number(index)] : undefined;
          if (pair) byPair[pairKey(pair)] = [byPair[pairKey(pair)], error.message].filter(Boolean).join(' ');
          else general.push(error.message);
        }
        setPairErrors(byPair);
        setFormError(general.length ? general.join(' ') : 'Nothing was matched: fix or unselect the pairs marked below.');
        return;
      }
      setSelected(new Set());
      setMatched((current) => [
        ...payload.mentorships.map((mentorship) => ({ id: mentorship.id, mentor: mentorship.mentor.displayName, mentee: mentorship.mentee.displayName })),
        ...current,
      ]);
    } catch (error) {
      setFormError(describeError(error));
    }
  }

  return (
    <Stack gap="md" data-suggested-pairs>
      {matched.length > 0 && (
        <Alert color="green" variant="light" title="Matched" data-matched>
          <List size="sm">
            {matched.map((entry) => (
              <List.Item key={entry.id} data-matched-pair={`${entry.mentee} with ${entry.mentor}`}>
                {entry.mentee} with {entry.mentor}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {formError && (
        <Alert color="red" variant="light" title="The pairs were not matched" data-form-error>
          {formError}
        </Alert>
      )}
      {pairs.length === 0 ? (
        <Card withBorder padding="lg" radius="md">
          <Text fw={600}>No suggested pairs</Text>
          <Text size="sm" c="dimmed">
            Pairs are suggested among approved mentors and mentees who are not matched yet.
          </Text>
        </Card>
      ) : (
        <>
          <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Suggested pairs">
            {pairs.map((pair) => {
              const key = pairKey(pair);
              const label = `${pair.mentee.displayName} with ${pair.mentor.displayName}`;
              const error = pairErrors[key];
              return (
                <li key={key}>
                  <Card withBorder padding="lg" radius="md" data-suggested-pair={label}>
                    <Group justify="space-between" align="flex-start" wrap="nowrap">
                      <Checkbox
                        label={label}
                        checked={selected.has(key)}
                        onChange={(event) => toggle(key, event.currentTarget.checked)}
                        error={error}
                        styles={{ label: { fontWeight: 700 } }}
                      />
                      <Text fw={700} data-match-score={Math.round(pair.score * 100)}>
                        {percent(pair.score)}
                      </Text>
                    </Group>
                    <Text size="sm" fw={600} mt="sm">
                      Why
                    </Text>
                    <List size="sm" data-match-breakdown>
                      {partsByContribution(pair.parts)
                        .slice(0, 4)
                        .map((part) => (
                          <List.Item key={part.factor}>
                            <strong>{factorLabel(part.factor)}:</strong> {part.explanation}
                          </List.Item>
                        ))}
                    </List>
                  </Card>
                </li>
              );
            })}
          </Stack>
          <Group>
            <Button onClick={() => void matchSelected()} loading={loading} disabled={selected.size === 0}>
              Match selected{selected.size ? ` (${selected.size})` : ''}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
