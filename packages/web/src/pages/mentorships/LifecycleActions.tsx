import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  CancelMentorshipDocument,
  CompleteMentorshipDocument,
  PauseMentorshipDocument,
  ResumeMentorshipDocument,
  type MentorshipStatus,
} from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { SectionCard } from '../../ui/SectionCard';

type Change = 'pause' | 'resume' | 'complete' | 'cancel';

const COPY: Record<Change, { title: string; confirm: string; reason: string; required: boolean; done: string }> = {
  pause: { title: 'Pause this mentorship?', confirm: 'Pause', reason: 'Why (optional)', required: false, done: 'Paused. Either of you can resume it.' },
  resume: { title: 'Resume this mentorship?', confirm: 'Resume', reason: 'A note (optional)', required: false, done: 'Resumed.' },
  complete: { title: 'Mark it completed?', confirm: 'Complete', reason: 'How it went, or why it ends early (optional)', required: false, done: 'Completed. Well done, both of you.' },
  cancel: { title: 'Cancel this mentorship?', confirm: 'Cancel mentorship', reason: 'Why (required; the other person sees it)', required: true, done: 'Cancelled.' },
};

/** Pause, resume, complete or cancel, each with a reason. */
export function LifecycleActions({ mentorshipId, status, otherName }: { mentorshipId: string; status: MentorshipStatus; otherName: string }) {
  const [change, setChange] = useState<Change | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const options = { refetchQueries: ['Mentorship', 'Mentorships'] };
  const mutations = {
    pause: useMutation(PauseMentorshipDocument, options),
    resume: useMutation(ResumeMentorshipDocument, options),
    complete: useMutation(CompleteMentorshipDocument, options),
    cancel: useMutation(CancelMentorshipDocument, options),
  };
  const busy = Object.values(mutations).some(([, state]) => state.loading);

  async function submit() {
    if (!change) return;
    const copy = COPY[change];
    if (copy.required && !reason.trim()) return setError('Say why: it helps the other person understand.');
    try {
      const input = { mentorshipId, reason: reason.trim() || null };
      const result = await mutations[change][0]({ variables: { input } });
      const data = result.data as Record<string, { userErrors: Array<{ message: string }> }> | undefined;
      const payload = data && Object.values(data)[0];
      const problem = payload?.userErrors[0];
      if (problem) return setError(problem.message);
      notifications.show({ color: 'spruce', message: copy.done });
      setChange(null);
      setReason('');
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const start = (which: Change) => () => {
    setError(null);
    setReason('');
    setChange(which);
  };

  return (
    <SectionCard title="This mentorship" description={`Take a break, finish, or end it. ${otherName} is told, with your reason.`}>
      <Group gap="sm">
        {status === 'ACTIVE' && (
          <Button variant="default" onClick={start('pause')}>
            Pause…
          </Button>
        )}
        {status === 'PAUSED' && (
          <Button variant="default" onClick={start('resume')}>
            Resume…
          </Button>
        )}
        {(status === 'ACTIVE' || status === 'PAUSED') && (
          <Button variant="default" onClick={start('complete')}>
            Mark completed…
          </Button>
        )}
        <Button variant="subtle" color="red" onClick={start('cancel')}>
          Cancel mentorship…
        </Button>
      </Group>
      <Modal opened={change !== null} onClose={() => setChange(null)} title={change ? COPY[change].title : ''} centered radius="lg">
        {change && (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <Stack gap="md">
              <Textarea label={COPY[change].reason} autosize minRows={3} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={error} data-autofocus required={COPY[change].required} />
              {change === 'cancel' && (
                <Text size="sm" c="dimmed">
                  This ends it for both of you and cannot be undone.
                </Text>
              )}
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={() => setChange(null)} disabled={busy}>
                  Back
                </Button>
                <Button type="submit" color={change === 'cancel' ? 'red' : undefined} loading={busy}>
                  {COPY[change].confirm}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </SectionCard>
  );
}
