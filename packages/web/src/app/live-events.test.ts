import { describe, expect, it } from 'vitest';
import { alsoTouchedBy, createEventCursor, noticeFor, queriesTouchedBy } from './live-events';

describe('event cursor', () => {
  it('handles each seq once, in order, after the head it started from', () => {
    const cursor = createEventCursor();
    cursor.start(5);
    expect(cursor.accept(4)).toBe(false); // before we looked
    expect(cursor.accept(5)).toBe(false);
    expect(cursor.accept(6)).toBe(true);
    expect(cursor.accept(6)).toBe(false); // a replay after resubscribing
    expect(cursor.accept(null)).toBe(false);
    expect(cursor.accept(8)).toBe(true);
    expect(cursor.last).toBe(8);
  });

  it('never moves back when started again', () => {
    const cursor = createEventCursor();
    cursor.start(3);
    cursor.accept(7);
    cursor.start(2);
    expect(cursor.last).toBe(7);
  });

  it('goes back when rewound (a reload replaced what the events after it built), and takes those events again', () => {
    const cursor = createEventCursor();
    cursor.start(3);
    expect(cursor.accept(4)).toBe(true);
    expect(cursor.accept(5)).toBe(true);
    cursor.rewind(3);
    expect(cursor.last).toBe(3);
    expect(cursor.accept(4)).toBe(true);
    cursor.rewind(9); // a reload that read further than the events had come
    expect(cursor.accept(9)).toBe(false);
    expect(cursor.accept(10)).toBe(true);
  });
});

describe('what an event touches', () => {
  it('refetches requests for request events, and mentorships when one is accepted', () => {
    expect(queriesTouchedBy('request.received')).toEqual(['MentorshipRequests', 'RequestCounts']);
    expect(queriesTouchedBy('request.accepted')).toContain('Mentorships');
    expect(queriesTouchedBy('agreement.acknowledged')).toEqual(['Mentorship', 'Mentorships']);
    expect(queriesTouchedBy('mentorship.created')).toContain('Mentorships');
    expect(queriesTouchedBy('session.message')).toEqual([]);
  });

  it('refreshes the bell for every notification, and the session and meeting lists for theirs', () => {
    expect(alsoTouchedBy('request.received')).toEqual(['NotificationBell']);
    expect(alsoTouchedBy('session.started')).toEqual(['NotificationBell', 'MentorshipSessions']);
    expect(alsoTouchedBy('meeting.scheduled')).toEqual(['NotificationBell', 'UpcomingMeetings']);
  });

  it('interrupts only for what needs the person', () => {
    expect(noticeFor('request.received')?.to).toBe('/requests');
    expect(noticeFor('agreement.acknowledged')).toBeNull();
  });
});
