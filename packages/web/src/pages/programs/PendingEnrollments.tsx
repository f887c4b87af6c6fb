import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../graphql/errors';
import { ProgramDocument, ReviewEnrollmentDocument, type ProgramQuery } from '../../graphql/documents';

type ProgramNode = Extract<NonNullable<ProgramQuery['node']>, { __typename: 'Program' }>;
type Enrollment = NonNullable<ProgramNode['enrollments']>['nodes'][number];

const ROLE_LABELS = { MENTOR: 'Mentor', MENTEE: 'Mentee' } as const;

/** Enrolments waiting for an admin's decision, with the answers to the program's questions. */
export function PendingEnrollments({
  programId,
  enrollments,
  questions,
  cohorts,
}: {
  programId: string;
  enrollments: readonly Enrollment[];
  questions: ProgramNode['enrollmentQuestions'];
  cohorts: ProgramNode['cohorts'];
}) {
  const [review] = useMutation(ReviewEnrollmentDocument, {
    refetchQueries: [{ query: ProgramDocument, variables: { id: programId } }],
    awaitRefetchQueries: true,
  });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function decide(enrollment: Enrollment, approve: boolean) {
    setBusy(`${enrollment.id}:${approve}`);
    setError(null);
    try {
      const { data } = await review({ variables: { input: { enrollmentId: enrollment.id, approve } } });
      const userErrors = data?.reviewEnrollment.userErrors ?? [];
      if (userErrors.length) setError(userErrors.map((e) => e.message).join(' '));
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack gap="md" data-pending-enrollments>
      {error && (
        <Alert color="red" variant="light" title="That did not work" data-form-error>
          {error}
        </Alert>
      )}
      {enrollments.length === 0 ? (
        <Card withBorder padding="lg" radius="md">
          <Text fw={600}>No enrolments waiting</Text>
          <Text size="sm" c="dimmed">
            New enrolments appear here for you to approve or decline.
          </Text>
        </Card>
      ) : (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Pending enrolments">
          {enrollments.map((enrollment) => {
            const cohort = cohorts.find((entry) => entry.id === enrollment.cohortId);
            return (
              <li key={enrollment.id}>
                <Card withBorder padding="lg" radius="md" data-enrollment={enrollment.user.displayName}>
                  <Group justify="space-between" align="flex-start" gap="sm">
                    <div>
                      <Text fw={700}>{enrollment.user.displayName}</Text>
                      <Group gap="xs">
                        <Badge variant="light">{ROLE_LABELS[enrollment.role]}</Badge>
                        {cohort && (
                          <Text size="sm" c="dimmed">
                            {cohort.name}
                          </Text>
                        )}
                      </Group>
                    </div>
                    <Group gap="xs">
                      <Button
                        size="sm"
                        onClick={() => void decide(enrollment, true)}
                        loading={busy === `${enrollment.id}:true`}
                        disabled={busy !== null}
                        aria-label={`Approve ${enrollment.user.displayName} as ${ROLE_LABELS[enrollment.role].toLowerCase()}`}
                      >
                        Approve
                      </Button>
                      <Button
                        size="sm"
                        variant="default"
                        onClick={() => void decide(enrollment, false)}
                        loading={busy === `${enrollment.id}:false`}
                        disabled={busy !== null}
                        aria-label={`Decline ${enrollment.user.displayName} as ${ROLE_LABELS[enrollment.role].toLowerCase()}`}
                      >
                        Decline
                      </Button>
                    </Group>
                  </Group>
                  {enrollment.answers.length > 0 && (
                    <Stack gap="xs" component="dl" mt="sm" mb={0}>
                      {enrollment.answers.map((answer) => (
                        <div key={answer.questionId}>
                          <Text component="dt" size="sm" fw={600}>
                            {questions.find((question) => question.id === answer.questionId)?.prompt ?? 'A removed question'}
                          </Text>
                          <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
                            {answer.answer}
                          </Text>
                        </div>
                      ))}
                    </Stack>
                  )}
                </Card>
              </li>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
