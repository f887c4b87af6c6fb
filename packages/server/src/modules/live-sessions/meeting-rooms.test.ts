import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app.js';
import { signUpPerson } from '../../testing/graphql-client.js';
import { createMentee, createMentor, matchPair, type Person } from '../../testing/mentoring.js';
import { idOfType } from '../../graphql/relay/node.js';
import { LiveSession } from './live-session.entity.js';

const server = useTestApp();

const OPEN = `mutation($input: OpenMeetingRoomInput!) { openMeetingRoom(input: $input) {
  session { id title occurrenceStart meeting { id title } } userErrors { field code } } }`;

/** A weekly meeting starting tomorrow at 18:00 UTC, and its first three occurrences. */
async function weekly(): Promise<{ mentor: Person; mentee: Person; meetingId: string; starts: string[] }> {
  const [mentor, mentee] = await Promise.all([createMentor(server.app), createMentee(server.app)]);
  const mentorshipId = await matchPair(mentee, mentor);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const { scheduleMeeting } = await mentor.client.data(
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id occurrences(from: "${new Date().toISOString()}", to: "${new Date(Date.now() + 60 * 86_400_000).toISOString()}") { originalStart } } userErrors { code } } }`,
    { input: { mentorshipId, title: 'Check-in', localStart: `${tomorrow}T18:00`, timeZone: 'UTC', durationMinutes: 30, recurrence: 'FREQ=WEEKLY;COUNT=3' } },
  );
  return { mentor, mentee, meetingId: scheduleMeeting.meeting.id, starts: scheduleMeeting.meeting.occurrences.map((o: { originalStart: string }) => o.originalStart) };
}

describe('meeting rooms', () => {
  it('gives both people the same room for an occurrence, even when they open it at once', async () => {
    const { mentor, mentee, meetingId, starts } = await weekly();
    const input = { meetingId, originalStart: starts[0] };
    const opened = await Promise.all([mentor.client.data(OPEN, { input }), mentee.client.data(OPEN, { input }), mentee.client.data(OPEN, { input })]);
    const ids = new Set(opened.map((r) => r.openMeetingRoom.session.id));
    expect(ids.size).toBe(1);
    expect(opened[0].openMeetingRoom.session).toMatchObject({ occurrenceStart: starts[0], meeting: { id: meetingId, title: 'Check-in' } });
    expect(await server.app.orm.em.fork().count(LiveSession, { meeting: idOfType(meetingId, 'Meeting')! })).toBe(1);

    // The next occurrence gets a room of its own.
    const next = await mentor.client.data(OPEN, { input: { meetingId, originalStart: starts[1] } });
    expect(ids.has(next.openMeetingRoom.session.id)).toBe(false);

    // The schedule shows each occurrence's room once opened.
    const { viewer } = await mentee.client.data(`{ viewer { upcomingMeetings(days: 30) { occurrence { originalStart } room { id } } } }`);
    expect(viewer.upcomingMeetings.map((u: { room: { id: string } | null }) => u.room?.id ?? null)).toEqual([
      [...ids][0], next.openMeetingRoom.session.id, null,
    ]);
  });

  it('refuses strangers, unknown occurrences and cancelled ones, and opens nothing', async () => {
    const { mentor, meetingId, starts } = await weekly();
    const stranger = await signUpPerson(server.app, 'Stranger');
    const refused = await stranger.client.data(OPEN, { input: { meetingId, originalStart: starts[0] } });
    expect(refused.openMeetingRoom).toEqual({ session: null, userErrors: [{ field: ['meetingId'], code: 'NOT_FOUND' }] });

    const off = await mentor.client.data(OPEN, { input: { meetingId, originalStart: '2030-01-01T18:00:00Z' } });
    expect(off.openMeetingRoom.userErrors).toEqual([{ field: ['originalStart'], code: 'NOT_FOUND' }]);

    await mentor.client.data(`mutation($input: CancelOccurrenceInput!) { cancelMeetingOccurrence(input: $input) { userErrors { code } } }`, {
      input: { meetingId, originalStart: starts[2] },
    });
    const cancelled = await mentor.client.data(OPEN, { input: { meetingId, originalStart: starts[2] } });
    expect(cancelled.openMeetingRoom.userErrors).toEqual([{ field: ['originalStart'], code: 'INVALID_STATE' }]);
    expect(await server.app.orm.em.fork().count(LiveSession, { meeting: idOfType(meetingId, 'Meeting')! })).toBe(0);
  });
});
