import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { signUpPerson } from '../../testing/graphql-client.js';
import { createMentee, createMentor, matchPair, type Person } from '../../testing/mentoring.js';
import { Meeting } from './meeting.entity.js';

const server = useTestApp();
let mentor: Person;
let mentee: Person;
let mentorshipId: string;

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id title recurrence } userErrors { field code message } } }`;
const OCCURRENCES = `query($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { node(id: $id) { ... on Meeting {
  occurrences(from: $from, to: $to) { originalStart startsAt cancelled rescheduled attendedUserIds notes }
} } }`;

beforeAll(async () => {
  [mentor, mentee] = await Promise.all([createMentor(server.app), createMentee(server.app)]);
  mentorshipId = await matchPair(mentee, mentor);
});

describe('scheduling', () => {
  it('schedules a series every two weeks, moves one meeting and cancels another', async () => {
    const { scheduleMeeting } = await mentee.client.data(SCHEDULE, {
      input: { mentorshipId, title: 'Check-in', agenda: ['Wins', 'Blockers'], localStart: '2027-02-02T18:00', timeZone: 'Europe/Lisbon', durationMinutes: 45, recurrence: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4' },
    });
    expect(scheduleMeeting.userErrors).toEqual([]);
    const meetingId = scheduleMeeting.meeting.id;
    const window = { id: meetingId, from: '2027-01-01T00:00:00Z', to: '2027-12-31T00:00:00Z' };
    const before = (await mentor.client.data(OCCURRENCES, window)).node.occurrences;
    expect(before.map((o: { startsAt: string }) => o.startsAt)).toEqual([
      '2027-02-02T18:00:00.000Z',
      '2027-02-16T18:00:00.000Z',
      '2027-03-02T18:00:00.000Z',
      '2027-03-16T18:00:00.000Z',
    ]);
    await mentor.client.data(`mutation($input: RescheduleOccurrenceInput!) { rescheduleMeetingOccurrence(input: $input) { userErrors { code } } }`, {
      input: { meetingId, originalStart: before[1].originalStart, newStart: '2027-02-17T18:30:00Z' },
    });
    await mentee.client.data(`mutation($input: CancelOccurrenceInput!) { cancelMeetingOccurrence(input: $input) { userErrors { code } } }`, {
      input: { meetingId, originalStart: before[2].originalStart },
    });
    const after = (await mentee.client.data(OCCURRENCES, window)).node.occurrences;
    expect(after.map((o: { startsAt: string; cancelled: boolean; rescheduled: boolean }) => [o.startsAt, o.cancelled, o.rescheduled])).toEqual([
      ['2027-02-02T18:00:00.000Z', false, false],
      ['2027-02-17T18:30:00.000Z', false, true],
      ['2027-03-02T18:00:00.000Z', true, false],
      ['2027-03-16T18:00:00.000Z', false, false],
    ]);
    const missing = await mentee.client.data(`mutation($input: CancelOccurrenceInput!) { cancelMeetingOccurrence(input: $input) { userErrors { field code } } }`, {
      input: { meetingId, originalStart: '2027-02-03T18:00:00Z' },
    });
    expect(missing.cancelMeetingOccurrence.userErrors).toEqual([{ field: ['originalStart'], code: 'NOT_FOUND' }]);
  });

  it.each([
    [{ recurrence: 'FREQ=WEEKLY' }, ['recurrence'], 'INVALID_RECURRENCE'],
    [{ recurrence: 'FREQ=FORTNIGHTLY;COUNT=3' }, ['recurrence'], 'INVALID_RECURRENCE'],
    [{ timeZone: 'Moon/Base' }, ['timeZone'], 'INVALID_TIME_ZONE'],
    [{ localStart: 'next tuesday' }, ['localStart'], 'INVALID'],
    [{ durationMinutes: 5 }, ['durationMinutes'], 'OUT_OF_RANGE'],
    [{ videoLink: 'javascript:alert(1)' }, ['videoLink'], 'INVALID'],
  ])('refuses %o and stores nothing', async (change, field, code) => {
    const before = await server.app.orm.em.fork().count(Meeting, {});
    const { scheduleMeeting } = await mentee.client.data(SCHEDULE, {
      input: { mentorshipId, title: 'Bad', localStart: '2027-02-02T18:00', timeZone: 'Europe/Lisbon', durationMinutes: 30, ...change },
    });
    expect(scheduleMeeting).toMatchObject({ meeting: null, userErrors: [{ field, code }] });
    expect(await server.app.orm.em.fork().count(Meeting, {})).toBe(before);
  });

  it('records attendance and notes after a meeting, not before', async () => {
    const { scheduleMeeting } = await mentor.client.data(SCHEDULE, {
      input: { mentorshipId, title: 'Kick-off', localStart: '2026-01-05T10:00', timeZone: 'UTC', durationMinutes: 30 },
    });
    const meetingId = scheduleMeeting.meeting.id;
    const RECORD = `mutation($input: RecordMeetingOutcomeInput!) { recordMeetingOutcome(input: $input) { userErrors { field code } } }`;
    const outsider = await signUpPerson(server.app, 'Outsider');
    const wrong = await mentor.client.data(RECORD, { input: { meetingId, originalStart: '2026-01-05T10:00:00Z', attendedUserIds: [outsider.userId] } });
    expect(wrong.recordMeetingOutcome.userErrors).toEqual([{ field: ['attendedUserIds', '0'], code: 'NOT_FOUND' }]);
    await mentor.client.data(RECORD, { input: { meetingId, originalStart: '2026-01-05T10:00:00Z', attendedUserIds: [mentor.userId, mentee.userId], notes: 'Set goals.' } });
    const { node } = await mentee.client.data(OCCURRENCES, { id: meetingId, from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' });
    expect(node.occurrences[0]).toMatchObject({ attendedUserIds: [mentor.userId, mentee.userId], notes: 'Set goals.' });
  });

  it('serves a private calendar feed that a new address retires', async () => {
    const CREATE = `mutation { createCalendarFeed { url } }`;
    const { createCalendarFeed } = await mentee.client.data(CREATE);
    const url = new URL(createCalendarFeed.url);
    const feed = await fetch(`${server.app.url}${url.pathname}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await feed.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('SUMMARY:Check-in');
    expect(text).toContain('SUMMARY:Cancelled: Check-in');
    await mentee.client.data(CREATE);
    expect((await fetch(`${server.app.url}${url.pathname}`)).status).toBe(404);
    expect((await fetch(`${server.app.url}/calendar/msc_${'x'.repeat(43)}.ics`)).status).toBe(404);
  });

  it("keep others' meetings private", async () => {
    const stranger = await signUpPerson(server.app, 'Stranger');
    const { scheduleMeeting } = await stranger.client.data(SCHEDULE, {
      input: { mentorshipId, title: 'Intrusion', localStart: '2027-02-02T18:00', timeZone: 'UTC', durationMinutes: 30 },
    });
    expect(scheduleMeeting.userErrors).toEqual([expect.objectContaining({ field: ['mentorshipId'], code: 'NOT_FOUND' })]);
    const { viewer } = await stranger.client.data(`{ viewer { upcomingMeetings(days: 90) { meeting { id } } } }`);
    expect(viewer.upcomingMeetings).toEqual([]);
  });
});

describe('notifications', () => {
  it('list newest first with an unread count that marking read lowers', async () => {
    const QUERY = `{ viewer { unreadNotificationCount notifications(first: 3) { totalCount nodes { seq type actorId } } } }`;
    const { viewer } = await mentee.client.data(QUERY);
    expect(viewer.notifications.nodes[0].seq).toBe(viewer.notifications.totalCount);
    expect(viewer.unreadNotificationCount).toBe(viewer.notifications.totalCount);
    expect(viewer.notifications.nodes.map((n: { type: string }) => n.type)).toContain('meeting.scheduled');
    const newest = viewer.notifications.nodes[0].seq;
    const marked = await mentee.client.data(`mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { ok } }`, { input: { upToSeq: newest - 1 } });
    expect(marked.markNotificationsRead.ok).toBe(true);
    expect((await mentee.client.data(QUERY)).viewer.unreadNotificationCount).toBe(1);
    const beyond = await mentee.client.data(`mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { userErrors { code } } }`, {
      input: { upToSeq: newest + 5 },
    });
    expect(beyond.markNotificationsRead.userErrors).toEqual([{ code: 'OUT_OF_RANGE' }]);
  });
});
