import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconCheck from '@tabler/icons-react/icons/IconCheck';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime, relativeTime } from '../../domain/dates';
import { CADENCES, HORIZONS, labelOf } from '../../domain/mentoring-options';
import { REQUEST_STATUSES, requestActions, type RequestAction, type RequestSide } from '../../domain/requests';
import {
  AcceptMentorshipRequestDocument,
  AskForInformationDocument,
  DeclineMentorshipRequestDocument,
  ProvideInformationDocument,
  WithdrawMentorshipRequestDocument,
  type MentorshipRequestFieldsFragment,
} from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { ConfirmModal } from '../../ui/ConfirmModal';

const REFETCH = ['MentorshipRequests', 'RequestCounts', 'Mentorships'];

/** One request: who, what they wrote, the goals, the questions and answers, and what this side may do next. */
export function RequestCard({ request, side }: { request: MentorshipRequestFieldsFragment; side: RequestSide }) {
  const titleId = useId();
  const other = side === 'mentor' ? request.mentee : request.mentor;
  const status = REQUEST_STATUSES[request.status];
  const actions = requestActions(request.status, side);
  return (
    <Card withBorder padding="lg" radius="md" component="article" aria-labelledby={titleId} data-request={request.id} data-request-status={request.status}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Text fw={700} size="lg" id={titleId} component="h3" m={0}>
              {side === 'mentor' ? `From ${other.displayName}` : `To ${other.displayName}`}
            </Text>
            <Text size="xs" c="dimmed">
              Sent <time dateTime={request.createdAt} title={formatDateTime(request.createdAt)}>{relativeTime(request.createdAt)}</time>
              {status.open && (
                <>
                  {' · '}expires <time dateTime={request.expiresAt} title={formatDateTime(request.expiresAt)}>{relativeTime(request.expiresAt)}</time>
                </>
              )}
              {request.proposedCadence && ` · proposes meeting ${labelOf(CADENCES, request.proposedCadence).toLowerCase()}`}
            </Text>
          </div>
          <Badge color={status.color} variant="light" data-status-badge>
            {side === 'mentor' && request.status === 'PENDING' ? 'Waiting for you' : side === 'mentee' && request.status === 'INFO_REQUESTED' ? 'Question for you' : status.label}
          </Badge>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }} data-request-message>
          {request.message}
        </Text>
        {request.goals.length > 0 && (
          <div>
            <Text size="sm" fw={700} mb={4}>
              Goals shared
            </Text>
            <Stack gap={6} component="ul" style={{ margin: 0, paddingLeft: '1.1rem' }}>
              {request.goals.map((goal) => (
                <li key={goal.id}>
                  <Text size="sm">
                    {goal.title} <Text span size="xs" c="dimmed">({labelOf(HORIZONS, goal.horizon).toLowerCase()})</Text>
                  </Text>
                  {goal.whyItMatters && (
                    <Text size="xs" c="dimmed">
                      {goal.whyItMatters}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          </div>
        )}
        {request.exchanges.length > 0 && (
          <Stack gap="xs" component="ol" aria-label="Questions and answers" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-exchanges>
            {request.exchanges.map((exchange, index) => (
              <li key={index}>
                <Card
                  padding="sm"
                  radius="md"
                  bg={exchange.from === 'MENTOR' ? 'var(--mantine-color-blue-light)' : 'var(--mantine-primary-color-light)'}
                  ml={exchange.from === 'MENTEE' ? 'xl' : 0}
                  mr={exchange.from === 'MENTOR' ? 'xl' : 0}
                >
                  <Text size="xs" fw={700}>
                    {exchange.from === 'MENTOR' ? `${request.mentor.displayName} asked` : `${request.mentee.displayName} answered`}
                    <Text span c="dimmed" fw={400}>
                      {' · '}
                      {relativeTime(exchange.at)}
                    </Text>
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {exchange.body}
                  </Text>
                </Card>
              </li>
            ))}
          </Stack>
        )}
        {request.status === 'DECLINED' && request.declineReason && (
          <Text size="sm">
            <Text span fw={700}>
              Reason:{' '}
            </Text>
            {request.declineReason}
          </Text>
        )}
        {request.mentorship && (
          <Anchor component={Link} to={`/mentorships/${encodeURIComponent(request.mentorship.id)}`} size="sm" fw={600}>
            Open the mentorship →
          </Anchor>
        )}
        {actions.length > 0 && <RequestActions request={request} actions={actions} otherName={other.displayName} />}
      </Stack>
    </Card>
  );
}

type Composing = 'ask' | 'answer' | 'decline' | null;

function RequestActions({ request, actions, otherName }: { request: MentorshipRequestFieldsFragment; actions: RequestAction[]; otherName: string }) {
  const [composing, setComposing] = useState<Composing>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const options = { refetchQueries: REFETCH };
  const [accept, accepting] = useMutation(AcceptMentorshipRequestDocument, options);
  const [decline, declining] = useMutation(DeclineMentorshipRequestDocument, options);
  const [ask, asking] = useMutation(AskForInformationDocument, options);
  const [answer, answering] = useMutation(ProvideInformationDocument, options);
  const [withdraw, withdrawing] = useMutation(WithdrawMentorshipRequestDocument, options);
  useEffect(() => {
    if (composing) textRef.current?.focus();
  }, [composing]);

  async function run(label: string, mutate: () => Promise<{ userErrors: ReadonlyArray<{ message: string }> } | undefined>, success: string) {
    setError(null);
    try {
      const payload = await mutate();
      const problem = payload?.userErrors[0];
      if (problem) {
        setError(problem.message);
        textRef.current?.focus();
        return;
      }
      notifications.show({ color: 'spruce', message: success });
      setComposing(null);
      setText('');
    } catch (caught) {
      setError(describeError(caught));
      notifications.show({ color: 'red', title: `${label} did not work`, message: describeError(caught) });
    }
  }

  const requestId = request.id;
  const submitText = () => {
    const body = text.trim();
    if (!body) {
      setError(composing === 'decline' ? 'Say why, kindly: the mentee sees it.' : composing === 'ask' ? 'Write your question.' : 'Write your answer.');
      textRef.current?.focus();
      return;
    }
    if (composing === 'ask')
      void run('Asking', async () => (await ask({ variables: { input: { requestId, question: body } } })).data?.askForInformation, `Question sent to ${otherName}.`);
    if (composing === 'answer')
      void run('Answering', async () => (await answer({ variables: { input: { requestId, answer: body } } })).data?.provideInformation, `Answer sent to ${otherName}.`);
    if (composing === 'decline')
      void run('Declining', async () => (await decline({ variables: { input: { requestId, reason: body } } })).data?.declineMentorshipRequest, 'Request declined.');
  };

  const open = (which: Composing) => (event: React.MouseEvent<HTMLButtonElement>) => {
    opener.current = event.currentTarget;
    setError(null);
    setComposing(which);
  };
  const cancel = () => {
    setComposing(null);
    setError(null);
    opener.current?.focus();
  };
  const busy = accepting.loading || declining.loading || asking.loading || answering.loading || withdrawing.loading;

  const labels = {
    ask: { field: `Your question for ${otherName}`, submit: 'Send question' },
    answer: { field: 'Your answer', submit: 'Send answer' },
    decline: { field: 'Why you are declining', submit: 'Decline request' },
  } as const;

  return (
    <Stack gap="sm" mt="xs">
      {composing ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submitText();
          }}
          aria-label={labels[composing].submit}
        >
          <Stack gap="sm">
            <Textarea
              ref={textRef}
              label={labels[composing].field}
              description={composing === 'decline' ? 'Kind and honest: the mentee reads it. Suggest someone else if you can.' : undefined}
              autosize
              minRows={3}
              maxLength={2000}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={error}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={cancel} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" color={composing === 'decline' ? 'red' : undefined} loading={busy}>
                {labels[composing].submit}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <>
          {error && (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          )}
          <Group gap="sm">
            {actions.includes('accept') && (
              <Button
                leftSection={<IconCheck size={16} aria-hidden />}
                loading={accepting.loading}
                disabled={busy}
                onClick={() =>
                  void run('Accepting', async () => (await accept({ variables: { input: { requestId } } })).data?.acceptMentorshipRequest, `You are now matched with ${otherName}. Agree your terms next.`)
                }
              >
                Accept
              </Button>
            )}
            {actions.includes('ask') && (
              <Button variant="default" onClick={open('ask')} disabled={busy}>
                Ask a question
              </Button>
            )}
            {actions.includes('answer') && (
              <Button onClick={open('answer')} disabled={busy}>
                Answer
              </Button>
            )}
            {actions.includes('decline') && (
              <Button variant="subtle" color="red" onClick={open('decline')} disabled={busy}>
                Decline…
              </Button>
            )}
            {actions.includes('withdraw') && (
              <Button variant="subtle" color="red" onClick={() => setConfirmWithdraw(true)} disabled={busy}>
                Withdraw
              </Button>
            )}
          </Group>
        </>
      )}
      <ConfirmModal
        opened={confirmWithdraw}
        onClose={() => setConfirmWithdraw(false)}
        onConfirm={() => {
          setConfirmWithdraw(false);
          void run('Withdrawing', async () => (await withdraw({ variables: { input: { requestId } } })).data?.withdrawMentorshipRequest, 'Request withdrawn.');
        }}
        title="Withdraw this request?"
        confirmLabel="Withdraw"
        danger
        loading={withdrawing.loading}
      >
        {otherName} will no longer see it as open. You can send a new request later.
      </ConfirmModal>
    </Stack>
  );
}
