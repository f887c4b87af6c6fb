import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatDate } from '../../domain/dates';
import { NUDGE_KINDS, toggleMuted } from '../../domain/reminders';
import { ReminderSettingsDocument, SetMentorAwayDocument, UpdateNudgeSettingsDocument, type NudgeKind } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { ErrorState } from '../../ui/ErrorState';
import { SectionCard } from '../../ui/SectionCard';

/** Which reminders you get and whether by mail; and, for mentors, the away switch. */
export function RemindersSection({ id, className }: { id: string; className?: string }) {
  const { data, error, loading, refetch } = useQuery(ReminderSettingsDocument);
  // NudgeSettings has no id, so the cache cannot merge the answer by itself: read the settings again.
  const [update, updating] = useMutation(UpdateNudgeSettingsDocument, { refetchQueries: [ReminderSettingsDocument], awaitRefetchQueries: true });
  const [setAway, settingAway] = useMutation(SetMentorAwayDocument);
  const viewer = data?.viewer;
  const settings = viewer?.nudgeSettings;
  const profile = viewer?.mentorProfile;

  async function save(input: { mutedKinds?: NudgeKind[]; email?: boolean }, done: string) {
    try {
      const { data: result } = await update({ variables: { input } });
      const problem = result?.updateNudgeSettings.userErrors[0];
      notifications.show(problem ? { color: 'red', title: 'Not saved', message: problem.message } : { color: 'spruce', message: done });
    } catch (caught) {
      notifications.show({ color: 'red', title: 'Not saved', message: describeError(caught) });
    }
  }

  async function switchAway(away: boolean) {
    try {
      const { data: result } = await setAway({ variables: { input: { away } } });
      const problem = result?.setMentorAway.userErrors[0];
      notifications.show(
        problem
          ? { color: 'red', title: 'Not changed', message: problem.message }
          : { color: 'spruce', message: away ? 'You are away: hidden from search, and new requests are refused.' : 'Welcome back: people can find you and ask again.' },
      );
    } catch (caught) {
      notifications.show({ color: 'red', title: 'Not changed', message: describeError(caught) });
    }
  }

  return (
    <section aria-labelledby={id} className={className}>
      <Title order={2} id={id} mb={4}>
        Reminders and availability
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        What Mentorspace reminds you about, and whether you are taking requests.
      </Text>
      {error && !data ? (
        <ErrorState inline error={error} title="Your reminder settings could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
      ) : !settings ? (
        <Skeleton height={220} radius="md" aria-label="Loading your reminder settings" />
      ) : (
        <Stack gap="lg">
          {profile && (
            <SectionCard
              order={3}
              title="Away"
              description="While you are away, mentees cannot find you in search or recommendations and new requests are refused. Your mentorships carry on."
              data-away-card
            >
              <Switch
                mt="sm"
                label="I am away"
                description={profile.away && profile.awaySince ? `Since ${formatDate(profile.awaySince)}.` : 'People can find you and send requests.'}
                checked={profile.away}
                disabled={settingAway.loading}
                onChange={(event) => void switchAway(event.currentTarget.checked)}
              />
            </SectionCard>
          )}
          <SectionCard order={3} title="Reminders" description="Each reminder comes once, as a notification. Switch off the kinds you do not want." data-reminder-settings>
            <Stack gap="sm" mt="sm">
              {NUDGE_KINDS.filter((kind) => !kind.mentorOnly || profile).map((kind) => (
                <Switch
                  key={kind.kind}
                  label={kind.label}
                  description={kind.description}
                  checked={!settings.mutedKinds.includes(kind.kind)}
                  disabled={updating.loading}
                  onChange={(event) => {
                    const enabled = event.currentTarget.checked;
                    void save({ mutedKinds: toggleMuted(settings.mutedKinds, kind.kind, enabled) }, `${kind.label}: ${enabled ? 'on' : 'muted'}.`);
                  }}
                />
              ))}
            </Stack>
          </SectionCard>
          <SectionCard order={3} title="Reminder mail" description="Also send the reminders you have not muted to your email address.">
            <Stack gap="xs" mt="sm">
              <Switch
                label="Email me my reminders"
                checked={settings.email}
                disabled={updating.loading}
                onChange={(event) => {
                  const email = event.currentTarget.checked;
                  void save({ email }, email ? 'Reminders will also come by mail.' : 'No more reminder mail.');
                }}
              />
              {settings.email && !viewer.emailVerified && (
                <Alert color="orange" variant="light">
                  Verify your email address first: reminder mail only goes to a verified address.
                </Alert>
              )}
            </Stack>
          </SectionCard>
        </Stack>
      )}
    </section>
  );
}
