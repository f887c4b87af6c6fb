import { useMutation } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { RatingPicker } from '../../forms/RatingPicker';
import { useServerForm } from '../../forms/use-server-form';
import { GiveFeedbackDocument, type FeedbackContext } from '../../graphql/documents';

const RATINGS = [
  { key: 'helpfulness', label: 'Helpfulness' },
  { key: 'clarity', label: 'Clarity' },
  { key: 'preparation', label: 'Preparation' },
  { key: 'listening', label: 'Listening' },
] as const;

type Values = { ratings: Record<(typeof RATINGS)[number]['key'], number>; comment: string; learned: string };

/** Feedback to the other person after a session or review (or in general): four 1–5 ratings, a comment, and for mentors what they learned. */
export function FeedbackForm({
  mentorshipId,
  context,
  contextId,
  otherName,
  asMentor,
  onDone,
}: {
  mentorshipId: string;
  context: FeedbackContext;
  contextId?: string;
  otherName: string;
  asMentor: boolean;
  onDone: () => void;
}) {
  const [giveFeedback] = useMutation(GiveFeedbackDocument, {
    // Newest first: the feedback just given goes to the top of the list at once.
    update(cache, { data }) {
      const feedback = data?.giveFeedback.feedback;
      if (!feedback) return;
      cache.modify({
        id: cache.identify({ __typename: 'Mentorship', id: mentorshipId }),
        fields: {
          feedback(existing, { toReference }) {
            const reference = toReference({ __typename: 'Feedback', id: feedback.id });
            return Array.isArray(existing) && reference ? [reference, ...existing] : existing;
          },
        },
      });
    },
  });
  const form = useForm<Values>({
    initialValues: { ratings: { helpfulness: 0, clarity: 0, preparation: 0, listening: 0 }, comment: '', learned: '' },
    validate: {
      ratings: {
        helpfulness: (value) => (value ? null : 'Choose 1 to 5 stars.'),
        clarity: (value) => (value ? null : 'Choose 1 to 5 stars.'),
        preparation: (value) => (value ? null : 'Choose 1 to 5 stars.'),
        listening: (value) => (value ? null : 'Choose 1 to 5 stars.'),
      },
    },
  });
  const server = useServerForm(form, { fields: ['ratings.*', 'ratings', 'comment', 'learned'] });

  return (
    <form
      ref={server.formRef}
      noValidate
      data-feedback-form={context}
      onSubmit={server.onSubmit(async (values) => {
        const { data } = await giveFeedback({
          variables: { input: { mentorshipId, context, contextId, ratings: values.ratings, comment: values.comment.trim() || undefined, learned: asMentor ? values.learned.trim() || undefined : undefined } },
        });
        const errors = data?.giveFeedback.userErrors ?? [];
        if (errors.length) return errors;
        notifications.show({ color: 'spruce', message: `Feedback sent to ${otherName}.` });
        onDone();
      })}
    >
      <Stack gap="md">
        <FormErrorAlert message={server.formError} title="Feedback not sent" />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {RATINGS.map(({ key, label }) => (
            <RatingPicker
              key={key}
              label={label}
              value={form.getValues().ratings[key]}
              onChange={(value) => form.setFieldValue(`ratings.${key}`, value)}
              error={form.errors[`ratings.${key}`]}
            />
          ))}
        </SimpleGrid>
        <Textarea label={`A note for ${otherName}`} description="Optional. What helped, what could be better." autosize minRows={2} {...form.getInputProps('comment')} />
        {asMentor && <Textarea label="What you learned" description="Optional. Mentoring goes both ways." autosize minRows={2} {...form.getInputProps('learned')} />}
        <Group gap="sm">
          <Button type="submit" loading={form.submitting}>
            Send feedback
          </Button>
          <Button variant="subtle" color="gray" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
