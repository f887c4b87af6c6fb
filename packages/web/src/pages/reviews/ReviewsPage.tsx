import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import IconArrowLeft from '@tabler/icons-react/icons/IconArrowLeft';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import { formatDate } from '../../domain/dates';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { RatingPicker } from '../../forms/RatingPicker';
import { useServerForm } from '../../forms/use-server-form';
import { ProgressReviewsDocument, RateProgressReviewDocument, WriteProgressReviewDocument } from '../../graphql/documents';
import { describeError, UserFacingError } from '../../graphql/errors';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { MentorshipNotFound } from '../mentorships/MentorshipNotFound';
import { SectionCard } from '../../ui/SectionCard';
import { FeedbackForm } from './FeedbackForm';
import { ProgressChart } from './ProgressChart';

/** `/mentorships/:id/reviews`: progress over time, writing a review, past reviews with ratings, and feedback. */
export function ReviewsPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, loading, refetch } = useQuery(ProgressReviewsDocument, { variables: { id } });
  const [feedbackFor, setFeedbackFor] = useState<string | null>(null);
  const [rate] = useMutation(RateProgressReviewDocument);

  if (!data || !viewer) {
    return error ? (
      <ErrorState error={error} title="The reviews could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <PageSkeleton label="Loading the reviews…" />
    );
  }
  const mentorship = data.node?.__typename === 'Mentorship' ? data.node : null;
  if (!mentorship) {
    return <MentorshipNotFound />;
  }
  const asMentor = mentorship.mentor.id === viewer.id;
  const other = asMentor ? mentorship.mentee : mentorship.mentor;
  const reviews = mentorship.progressReviews;
  const open = mentorship.status !== 'COMPLETED' && mentorship.status !== 'CANCELLED';

  async function rateReview(reviewId: string, rating: number) {
    try {
      const { data: result } = await rate({ variables: { input: { reviewId, rating } } });
      const problem = result?.rateProgressReview.userErrors[0];
      if (problem) throw new UserFacingError(problem.message);
      notifications.show({ color: 'spruce', message: `You rated this review ${rating} of 5.` });
      await refetch().catch(() => {});
    } catch (caught) {
      notifications.show({ color: 'red', title: 'Not rated', message: describeError(caught) });
    }
  }

  return (
    <Page size="md">
      <Anchor component={Link} to={`/mentorships/${mentorship.id}`} size="sm" mb="md" display="inline-block">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden /> The mentorship with {other.displayName}
        </Group>
      </Anchor>
      <PageHeader
        eyebrow="Progress reviews"
        title={`Reviews with ${other.displayName}`}
        description={mentorship.nextReviewDue ? `The next review is due ${formatDate(mentorship.nextReviewDue)}.` : 'Look back together at how your goals are going.'}
      />
      <Stack gap="lg">
        <SectionCard title="Progress over time" description="The average progress of your board’s goals at each review.">
          <ProgressChart reviews={reviews} />
        </SectionCard>
        {open && (
          <SectionCard title="Write a review" description="A snapshot of every goal’s progress is saved with it.">
            <ReviewForm mentorshipId={mentorship.id} onWritten={() => void refetch().catch(() => {})} />
          </SectionCard>
        )}
        <SectionCard title="Past reviews" description="Newest first.">
          {reviews.length === 0 ? (
            <Text size="sm" c="dimmed">
              No reviews yet.
            </Text>
          ) : (
            <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {[...reviews].reverse().map((review) => {
                const mine = review.ratings.find((rating) => rating.userId === viewer.id)?.rating ?? 0;
                return (
                  <Card key={review.id} withBorder component="li" padding="md" data-review={review.id}>
                    <Group justify="space-between" wrap="wrap">
                      <Title order={3} size="h5">
                        {formatDate(review.createdAt)}
                      </Title>
                      <Badge variant="light">{Math.round(review.averageProgress)}% average</Badge>
                    </Group>
                    {review.snapshot.length > 0 && (
                      <Text size="sm" c="dimmed" mt={4}>
                        {review.snapshot.map((goal) => `${goal.title} ${goal.percent}%`).join(' · ')}
                      </Text>
                    )}
                    <Stack gap={6} mt="sm">
                      {[
                        ['What went well', review.wentWell],
                        ['What to change', review.toChange],
                        ['Next steps', review.nextSteps],
                      ]
                        .filter(([, text]) => text)
                        .map(([label, text]) => (
                          <div key={label}>
                            <Text size="sm" fw={600}>
                              {label}
                            </Text>
                            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                              {text}
                            </Text>
                          </div>
                        ))}
                    </Stack>
                    <Group mt="sm" gap="md" wrap="wrap" justify="space-between">
                      <RatingPicker label="Your rating of this review" value={mine} onChange={(value) => void rateReview(review.id, value)} />
                      {open && feedbackFor !== review.id && (
                        <Button size="xs" variant="default" onClick={() => setFeedbackFor(review.id)}>
                          Give feedback on this review
                        </Button>
                      )}
                    </Group>
                    {feedbackFor === review.id && (
                      <Card withBorder mt="sm" padding="sm">
                        <FeedbackForm mentorshipId={mentorship.id} context="REVIEW" contextId={review.id} otherName={other.displayName} asMentor={asMentor} onDone={() => setFeedbackFor(null)} />
                      </Card>
                    )}
                  </Card>
                );
              })}
            </Stack>
          )}
        </SectionCard>
        <SectionCard title="Feedback" description="Feedback you gave or received in this mentorship, newest first.">
          {open && feedbackFor !== 'general' && (
            <Group>
              <Button variant="default" onClick={() => setFeedbackFor('general')}>
                Give general feedback
              </Button>
            </Group>
          )}
          {feedbackFor === 'general' && (
            <FeedbackForm mentorshipId={mentorship.id} context="GENERAL" otherName={other.displayName} asMentor={asMentor} onDone={() => setFeedbackFor(null)} />
          )}
          {mentorship.feedback.length === 0 ? (
            <Text size="sm" c="dimmed">
              No feedback yet.
            </Text>
          ) : (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {mentorship.feedback.map((item) => (
                <li key={item.id} data-feedback={item.id}>
                  <Text size="sm" fw={600}>
                    {item.giver?.id === viewer.id ? 'You' : (item.giver?.displayName ?? 'Someone')} · {formatDate(item.createdAt)} ·{' '}
                    {item.context === 'REVIEW' ? 'after a review' : item.context === 'SESSION' ? 'after a session' : 'general'}
                  </Text>
                  <Text size="sm" c="dimmed">
                    Helpfulness {item.ratings.helpfulness}/5 · Clarity {item.ratings.clarity}/5 · Preparation {item.ratings.preparation}/5 · Listening {item.ratings.listening}/5
                  </Text>
                  {item.comment && <Text size="sm">“{item.comment}”</Text>}
                  {item.learned && <Text size="sm">Learned: {item.learned}</Text>}
                </li>
              ))}
            </Stack>
          )}
        </SectionCard>
      </Stack>
    </Page>
  );
}

function ReviewForm({ mentorshipId, onWritten }: { mentorshipId: string; onWritten: () => void }) {
  const [write] = useMutation(WriteProgressReviewDocument, {
    // The new review joins the list (oldest first) at once, without asking for the whole page again.
    update(cache, { data }) {
      const review = data?.writeProgressReview.review;
      if (!review) return;
      cache.modify({
        id: cache.identify({ __typename: 'Mentorship', id: mentorshipId }),
        fields: {
          progressReviews(existing, { toReference }) {
            const reference = toReference({ __typename: 'ProgressReview', id: review.id });
            return Array.isArray(existing) && reference ? [...existing, reference] : existing;
          },
        },
      });
    },
  });
  const form = useForm({
    initialValues: { wentWell: '', toChange: '', nextSteps: '', rating: 0 },
    validate: { rating: (value: number) => (value ? null : 'Rate the period from 1 to 5 stars.') },
  });
  const server = useServerForm(form, { fields: ['wentWell', 'toChange', 'nextSteps', 'rating'] });
  return (
    <form
      ref={server.formRef}
      noValidate
      data-review-form
      onSubmit={server.onSubmit(async (values) => {
        const { data } = await write({
          variables: { input: { mentorshipId, wentWell: values.wentWell.trim(), toChange: values.toChange.trim(), nextSteps: values.nextSteps.trim(), rating: values.rating } },
        });
        const errors = data?.writeProgressReview.userErrors ?? [];
        if (errors.length) return errors;
        notifications.show({ color: 'spruce', message: 'Review saved, with a snapshot of your goals.' });
        form.reset();
        onWritten();
      })}
    >
      <Stack gap="md">
        <FormErrorAlert message={server.formError} title="Review not saved" />
        <Textarea label="What went well" autosize minRows={2} {...form.getInputProps('wentWell')} />
        <Textarea label="What to change" autosize minRows={2} {...form.getInputProps('toChange')} />
        <Textarea label="Next steps" autosize minRows={2} {...form.getInputProps('nextSteps')} />
        <RatingPicker label="How did this period go? (1 poor – 5 excellent)" value={form.getValues().rating} onChange={(value) => form.setFieldValue('rating', value)} error={form.errors.rating} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            Save the review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
