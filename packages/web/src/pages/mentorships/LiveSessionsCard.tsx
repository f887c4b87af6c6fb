import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import IconMessages from '@tabler/icons-react/icons/IconMessages';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../domain/dates';
import { MentorshipSessionsDocument, StartLiveSessionDocument } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { SectionCard } from '../../ui/SectionCard';

/** The mentorship's live sessions, newest first, and a way to start one. */
export function LiveSessionsCard({ mentorshipId, open }: { mentorshipId: string; open: boolean }) {
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MentorshipSessionsDocument, { variables: { id: mentorshipId } });
  const [starting, setStarting] = useState(false);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [start, startState] = useMutation(StartLiveSessionDocument, { refetchQueries: ['MentorshipSessions'] });
  const sessions = data?.node && 'liveSessions' in data.node ? data.node.liveSessions : [];

  async function submit() {
    setProblem(null);
    try {
      const { data: result } = await start({ variables: { input: { mentorshipId, title: title.trim() || 'Check-in' } } });
      const session = result?.startLiveSession.session;
      if (session) void navigate(`/sessions/${session.id}`);
      else setProblem(result?.startLiveSession.userErrors.map((e) => e.message).join(' ') ?? 'The session did not start.');
    } catch (caught) {
      setProblem(describeError(caught));
    }
  }

  return (
    <SectionCard
      title="Live sessions"
      description="Chat, shared notes and action items, together in real time."
      aside={
        open && (
          <Button size="compact-sm" ml="auto" leftSection={<IconMessages size={16} aria-hidden />} onClick={() => setStarting(true)}>
            Start a live session
          </Button>
        )
      }
    >
      {error ? (
        <Group gap="sm">
          <Text size="sm" c="red">
            Sessions could not be loaded: {describeError(error)}
          </Text>
          <Button size="compact-sm" variant="default" onClick={() => void refetch().catch(() => {})}>
            Try again
          </Button>
        </Group>
      ) : loading && !data ? (
        <Text size="sm" c="dimmed">
          Loading sessions…
        </Text>
      ) : sessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No sessions yet.
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-session-list>
          {sessions.map((session) => (
            <li key={session.id}>
              <Group justify="space-between" gap="xs">
                <Anchor component={Link} to={`/sessions/${session.id}`} fw={600}>
                  {session.title}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {formatDateTime(session.createdAt)}
                </Text>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      <Modal opened={starting} onClose={() => setStarting(false)} title="Start a live session" centered radius="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="md">
            <TextInput label="Title" placeholder="Weekly check-in" data-autofocus value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={problem} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setStarting(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={startState.loading}>
                Start
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </SectionCard>
  );
}
