import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Code, CopyButton, Group, NativeSelect, NumberInput, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import IconCalendarPlus from '@tabler/icons-react/icons/IconCalendarPlus';
import IconMessages from '@tabler/icons-react/icons/IconMessages';
import IconVideo from '@tabler/icons-react/icons/IconVideo';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import { customRuleProblem, describeRecurrence, RECURRENCE_PRESETS, recurrenceRule, type RecurrencePreset } from '../../domain/recurrence';
import { browserTimeZone } from '../../domain/time-zones';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { TimeZoneSelect } from '../../forms/TimeZoneSelect';
import { useServerForm } from '../../forms/use-server-form';
import { requiredText } from '../../forms/validators';
import { CreateCalendarFeedDocument, MentorshipsDocument, OpenMeetingRoomDocument, ScheduleMeetingDocument, UpcomingMeetingsDocument } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { SectionCard } from '../../ui/SectionCard';

const DAYS = 14;
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** `/schedule`: the next two weeks of meetings, scheduling one (once or recurring), and the private calendar feed. */
export function SchedulePage() {
  return (
    <Page size="md">
      <PageHeader title="Schedule" description="Your meetings across all your mentorships, and new ones." />
      <Stack gap="lg">
        <UpcomingSection />
        <ScheduleForm />
        <CalendarFeedSection />
      </Stack>
    </Page>
  );
}

function UpcomingSection() {
  const { data, error, loading, refetch } = useQuery(UpcomingMeetingsDocument, { variables: { days: DAYS } });
  const { viewer } = useViewer();
  const upcoming = data?.viewer?.upcomingMeetings ?? [];
  // One heading per day.
  const days = new Map<string, typeof upcoming>();
  for (const item of upcoming) {
    const day = dayFormat.format(new Date(item.occurrence.startsAt));
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return (
    <SectionCard title="Coming up" description={`The next ${DAYS} days, in your time zone.`}>
      {error ? (
        <ErrorState inline error={error} title="Meetings could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
      ) : loading && !data ? (
        <Stack gap="xs" aria-busy>
          <Skeleton height={48} />
          <Skeleton height={48} />
        </Stack>
      ) : upcoming.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing in the next {DAYS} days. Schedule a check-in below.
        </Text>
      ) : (
        <Stack gap="md" data-upcoming>
          {[...days].map(([day, items]) => (
            <Stack key={day} gap={6}>
              <Text fw={700} size="sm">
                {day}
              </Text>
              {items.map(({ meeting, occurrence, room }) => {
                const other = meeting.mentorship.mentor.id === viewer?.id ? meeting.mentorship.mentee : meeting.mentorship.mentor;
                return (
                  <Group key={`${meeting.id}-${occurrence.originalStart}`} justify="space-between" wrap="wrap" gap="xs" data-meeting={meeting.title}>
                    <Stack gap={0}>
                      <Text size="sm" fw={600} td={occurrence.cancelled ? 'line-through' : undefined}>
                        {timeFormat.format(new Date(occurrence.startsAt))}–{timeFormat.format(new Date(occurrence.endsAt))} · {meeting.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        With{' '}
                        <Anchor component={Link} to={`/mentorships/${meeting.mentorship.id}`} size="xs">
                          {other.displayName}
                        </Anchor>{' '}
                        · {describeRecurrence(meeting.recurrence)}
                      </Text>
                    </Stack>
                    <Group gap="xs">
                      {occurrence.cancelled && <Badge color="gray">Cancelled</Badge>}
                      {occurrence.rescheduled && !occurrence.cancelled && <Badge color="orange">Moved</Badge>}
                      {meeting.videoLink && !occurrence.cancelled && (
                        <Button component="a" href={meeting.videoLink} target="_blank" rel="noreferrer" size="compact-sm" variant="light" leftSection={<IconVideo size={14} aria-hidden />}>
                          Video call
                        </Button>
                      )}
                      {!occurrence.cancelled && <MeetingRoomButton meetingId={meeting.id} originalStart={occurrence.originalStart} roomId={room?.id ?? null} />}
                    </Group>
                  </Group>
                );
              })}
            </Stack>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

/** The occurrence's live room: entered if one of you opened it already, opened (once for both) otherwise. */
function MeetingRoomButton({ meetingId, originalStart, roomId }: { meetingId: string; originalStart: string; roomId: string | null }) {
  const navigate = useNavigate();
  const [open, { loading }] = useMutation(OpenMeetingRoomDocument);
  const label = roomId ? 'Enter room' : 'Open room';
  async function enter() {
    if (roomId) return void navigate(`/sessions/${roomId}`);
    try {
      const { data } = await open({ variables: { input: { meetingId, originalStart } } });
      const session = data?.openMeetingRoom.session;
      if (session) return void navigate(`/sessions/${session.id}`);
      notifications.show({ color: 'red', title: 'The room did not open', message: data?.openMeetingRoom.userErrors.map((e) => e.message).join(' ') });
    } catch (caught) {
      notifications.show({ color: 'red', title: 'The room did not open', message: describeError(caught) });
    }
  }
  return (
    <Button size="compact-sm" variant={roomId ? 'filled' : 'light'} loading={loading} leftSection={<IconMessages size={14} aria-hidden />} onClick={() => void enter()}>
      {label}
    </Button>
  );
}

interface Values {
  mentorshipId: string;
  title: string;
  localStart: string;
  timeZone: string;
  durationMinutes: number | string;
  videoLink: string;
  agenda: string;
  preset: RecurrencePreset;
  count: number | string;
  recurrence: string;
}

function ScheduleForm() {
  const { viewer } = useViewer();
  const mentorships = useQuery(MentorshipsDocument, { variables: { first: 50 } });
  const open = (mentorships.data?.viewer?.mentorships?.nodes ?? []).filter((m) => m.status !== 'COMPLETED' && m.status !== 'CANCELLED');
  const [schedule] = useMutation(ScheduleMeetingDocument, { refetchQueries: ['UpcomingMeetings'], awaitRefetchQueries: true });
  const form = useForm<Values>({
    initialValues: {
      mentorshipId: '',
      title: 'Check-in',
      localStart: '',
      timeZone: browserTimeZone() ?? 'UTC',
      durationMinutes: 45,
      videoLink: '',
      agenda: '',
      preset: 'biweekly',
      count: 6,
      recurrence: '',
    },
    validate: {
      mentorshipId: (value) => (value ? null : 'Choose the mentorship.'),
      title: requiredText('Give it a title.'),
      localStart: (value) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? null : 'Choose the date and time.'),
      recurrence: (value, values) => (values.preset === 'custom' ? customRuleProblem(value) : null),
      count: (value, values) => (values.preset === 'once' || values.preset === 'custom' || (Number(value) >= 1 && Number(value) <= 200) ? null : 'From 1 to 200 meetings.'),
    },
  });
  const { formRef, formError, onSubmit } = useServerForm(form, {
    fields: ['mentorshipId', 'title', 'localStart', 'timeZone', 'durationMinutes', 'videoLink', 'agenda', 'recurrence'],
  });
  const values = form.getValues();

  return (
    <SectionCard title="Schedule a meeting" description="Once or as a series; it keeps its wall-clock time in the time zone you choose, across daylight saving.">
      <form
        ref={formRef}
        noValidate
        data-schedule-form
        onSubmit={onSubmit(async (v) => {
          const recurrence = recurrenceRule(v.preset, Number(v.count), v.recurrence);
          const input = {
            mentorshipId: v.mentorshipId,
            title: v.title.trim(),
            localStart: v.localStart,
            timeZone: v.timeZone,
            durationMinutes: Number(v.durationMinutes),
            videoLink: v.videoLink.trim() || null,
            agenda: v.agenda.split('\n').map((line) => line.trim()).filter(Boolean),
            recurrence,
          };
          const { data } = await schedule({ variables: { input } });
          const payload = data?.scheduleMeeting;
          if (!payload?.meeting) {
            // A preset's rule is ours: its problems belong beside the preset.
            return (payload?.userErrors ?? []).map((e) => (e.field?.[0] === 'recurrence' && v.preset !== 'custom' ? { ...e, field: ['count'] } : e));
          }
          notifications.show({ color: 'spruce', message: `“${payload.meeting.title}” is scheduled (${describeRecurrence(recurrence).toLowerCase()}).` });
          form.setValues({ title: 'Check-in', localStart: '', agenda: '', videoLink: '' });
        })}
      >
        <Stack gap="md">
          <FormErrorAlert message={formError} title="The meeting was not scheduled" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              label="Mentorship"
              disabled={mentorships.loading && !mentorships.data}
              data={[
                { value: '', label: mentorships.loading && !mentorships.data ? 'Loading…' : open.length ? 'Choose…' : 'No open mentorships' },
                ...open.map((m) => ({ value: m.id, label: `With ${m.mentor.id === viewer?.id ? m.mentee.displayName : m.mentor.displayName}` })),
              ]}
              error={mentorships.error ? describeError(mentorships.error) : undefined}
              {...form.getInputProps('mentorshipId')}
            />
            <TextInput label="Title" maxLength={200} {...form.getInputProps('title')} />
            <TextInput type="datetime-local" label="Starts" description="Wall-clock time in the time zone beside it." {...form.getInputProps('localStart')} />
            <TimeZoneSelect {...form.getInputProps('timeZone')} />
            <NumberInput label="Length (minutes)" min={10} max={480} step={5} {...form.getInputProps('durationMinutes')} />
            <TextInput label="Video link" placeholder="https://…" type="url" {...form.getInputProps('videoLink')} />
          </SimpleGrid>
          <Textarea label="Agenda" description="One item a line." autosize minRows={2} maxRows={8} {...form.getInputProps('agenda')} />
          <Stack gap={6}>
            <Text size="sm" fw={500} id="repeat-label">
              Repeats
            </Text>
            <SegmentedControl
              aria-labelledby="repeat-label"
              data={RECURRENCE_PRESETS}
              fullWidth
              {...form.getInputProps('preset')}
            />
          </Stack>
          {values.preset === 'custom' ? (
            <TextInput
              label="Rule (RRULE)"
              description="E.g. FREQ=MONTHLY;BYDAY=+1TU;COUNT=6. It must end (COUNT or UNTIL), within 200 meetings and 3 years."
              ff="monospace"
              {...form.getInputProps('recurrence')}
            />
          ) : (
            values.preset !== 'once' && <NumberInput label="How many meetings" min={1} max={200} w={200} {...form.getInputProps('count')} />
          )}
          <Text size="sm" c="dimmed" aria-live="polite">
            {describeRecurrence(recurrenceRule(values.preset, Number(values.count), values.recurrence))}
          </Text>
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting} leftSection={<IconCalendarPlus size={16} aria-hidden />}>
              Schedule
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}

function CalendarFeedSection() {
  const [create, { loading }] = useMutation(CreateCalendarFeedDocument);
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <SectionCard
      title="Calendar feed"
      description="A private address your calendar app can subscribe to. It is shown once; creating another retires the old one."
    >
      {url ? (
        <Stack gap="xs" data-calendar-feed>
          <Code block>{url}</Code>
          <Group gap="sm">
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button size="sm" color={copied ? 'spruce' : undefined} onClick={copy}>
                  {copied ? 'Copied' : 'Copy the address'}
                </Button>
              )}
            </CopyButton>
            <Text size="sm" c="orange.8" role="status">
              Copy it now: it will not be shown again.
            </Text>
          </Group>
        </Stack>
      ) : (
        <Group gap="sm">
          <Button
            variant="default"
            loading={loading}
            onClick={async () => {
              setProblem(null);
              try {
                const { data } = await create();
                const address = data?.createCalendarFeed.url;
                setUrl(address ? new URL(address, window.location.origin).href : null);
              } catch (error) {
                setProblem(describeError(error));
              }
            }}
          >
            Create my calendar address
          </Button>
          {problem && (
            <Text size="sm" c="red" role="alert">
              {problem}
            </Text>
          )}
        </Group>
      )}
    </SectionCard>
  );
}
