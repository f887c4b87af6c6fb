import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Checkbox, Group, Modal, NativeSelect, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import IconCircle from '@tabler/icons-react/icons/IconCircle';
import IconCircleCheckFilled from '@tabler/icons-react/icons/IconCircleCheckFilled';
import IconInfoCircle from '@tabler/icons-react/icons/IconInfoCircle';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { CADENCES, HORIZONS, labelOf } from '../../domain/mentoring-options';
import { MESSAGE_MAX, MESSAGE_MIN, messageGuidance, messageLength, sendRequestProblem } from '../../domain/requests';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useServerForm } from '../../forms/use-server-form';
import {
  ComposerContextDocument,
  RequestCountsDocument,
  SendMentorshipRequestDocument,
  type MeetingCadence,
  type MentorCardFieldsFragment,
} from '../../graphql/documents';
import classes from './Mentors.module.css';

export interface ComposerMentor {
  userId: string;
  name: string;
  /** Their expertise and skills: mentioning one counts as saying "why this mentor". */
  topics: readonly string[];
}

export const composerMentorOf = (mentor: MentorCardFieldsFragment): ComposerMentor => ({
  userId: mentor.user.id,
  name: mentor.user.displayName,
  topics: [...mentor.expertise, ...mentor.skills.map((skill) => skill.name)],
});

interface Values {
  message: string;
  goalIds: string[];
  proposedCadence: MeetingCadence | '';
}

/** The request composer, in a dialog (full screen on phones). One compose, one `clientMutationId`. */
export function RequestComposerModal({ mentor, onClose }: { mentor: ComposerMentor | null; onClose: () => void }) {
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={mentor !== null}
      onClose={onClose}
      title={mentor ? `Ask ${mentor.name} to mentor you` : ''}
      size="xl"
      radius="lg"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      {mentor && <RequestComposer key={mentor.userId} mentor={mentor} onDone={onClose} />}
    </Modal>
  );
}

function RequestComposer({ mentor, onDone }: { mentor: ComposerMentor; onDone: () => void }) {
  // Generated once per compose and reused on every retry: the server sends it at most once.
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const { data, loading } = useQuery(ComposerContextDocument);
  const [send] = useMutation(SendMentorshipRequestDocument, { refetchQueries: [RequestCountsDocument, 'MentorshipRequests'] });
  const guidanceId = useId();
  const assessment = data?.viewer?.needsAssessment ?? null;
  const form = useForm<Values>({
    initialValues: { message: '', goalIds: [], proposedCadence: '' },
    validate: {
      message: (value) => {
        const { tooShort, tooLong, count } = messageLength(value);
        if (tooShort) return `Write at least ${MESSAGE_MIN} characters (${count} so far): say who you are and what you hope for.`;
        if (tooLong) return `Keep it under ${MESSAGE_MAX} characters.`;
        return null;
      },
    },
  });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['message', 'goalIds', 'proposedCadence'] });
  const values = form.getValues();
  const length = messageLength(values.message);
  const guidance = messageGuidance(values.message, mentor, values.proposedCadence !== '');

  if (loading && !data) return <Skeleton height={360} radius="md" aria-label="Loading" />;
  if (data?.viewer && !data.viewer.roles.isMentee) {
    return (
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} aria-hidden />} title="Only mentees can send requests">
        <Anchor component={Link} to="/onboarding">
          Add the mentee role
        </Anchor>{' '}
        and fill in your needs assessment, then come back.
      </Alert>
    );
  }

  return (
    <form
      ref={formRef}
      noValidate
      aria-label={`Request to ${mentor.name}`}
      data-request-composer
      onSubmit={onSubmit(async (submitted) => {
        const input = {
          mentorId: mentor.userId,
          message: submitted.message.trim(),
          goalIds: submitted.goalIds,
          proposedCadence: submitted.proposedCadence || null,
          clientMutationId,
        };
        const { data: result } = await send({ variables: { input } });
        const payload = result?.sendMentorshipRequest;
        if (!payload?.request) {
          return (payload?.userErrors ?? []).map((problem) => ({
            field: problem.field,
            message: sendRequestProblem(problem.code, mentor.name, problem.message),
          }));
        }
        notifications.show({
          color: 'spruce',
          title: `Request sent to ${mentor.name}`,
          message: 'You will see their answer in Requests, as soon as it comes.',
        });
        onDone();
      })}
    >
      <Stack gap="md">
        <FormErrorAlert message={formError} title="Your request was not sent" />
        <div id={guidanceId}>
          <Text size="sm" fw={700} mb={6}>
            A good request says
          </Text>
          <ul className={classes.checklist} aria-label="What a good request says">
            {guidance.map((item) => (
              <li key={item.id} data-guidance={item.id} data-met={item.met}>
                <Group gap={8} wrap="nowrap">
                  {item.met ? (
                    <IconCircleCheckFilled size={18} color="var(--mantine-color-spruce-6)" aria-label="Done:" />
                  ) : (
                    <IconCircle size={18} color="var(--mantine-color-gray-5)" aria-label="Not yet:" />
                  )}
                  <Text size="sm" c={item.met ? undefined : 'dimmed'}>
                    {item.label}
                  </Text>
                </Group>
              </li>
            ))}
          </ul>
        </div>
        <Textarea
          label="Your message"
          description={`${MESSAGE_MIN} to ${MESSAGE_MAX} characters. ${mentor.name} reads this first: make it about you and them.`}
          placeholder={`Hi ${mentor.name.split(' ')[0]}, I am … I would love your help with … because your … I hope to … Meeting every two weeks would suit me.`}
          autosize
          minRows={6}
          maxRows={14}
          required
          aria-describedby={`${guidanceId} ${guidanceId}-count`}
          {...form.getInputProps('message')}
        />
        <Text
          size="xs"
          c={length.tooLong ? 'red' : length.tooShort ? 'dimmed' : 'spruce.7'}
          id={`${guidanceId}-count`}
          mt={-8}
          ta="right"
          aria-live="polite"
          data-character-count={length.count}
        >
          {length.hint}
        </Text>
        {assessment?.goals.length ? (
          <Checkbox.Group
            label="Goals to share"
            description="From your needs assessment. The mentor sees them as they are now."
            {...form.getInputProps('goalIds')}
          >
            <Stack gap="xs" mt="xs">
              {assessment.goals.map((goal) => (
                <Checkbox key={goal.id} value={goal.id} label={goal.title} description={labelOf(HORIZONS, goal.horizon)} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : (
          <Text size="sm" c="dimmed">
            No goals to attach yet.{' '}
            <Anchor component={Link} to="/needs-assessment">
              Add goals to your needs assessment
            </Anchor>{' '}
            to share them with mentors.
          </Text>
        )}
        <NativeSelect
          label="How often would you like to meet?"
          data={[{ value: '', label: 'Let us decide together' }, ...CADENCES.map(({ value, label }) => ({ value, label }))]}
          {...form.getInputProps('proposedCadence')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={form.submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Send request
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
