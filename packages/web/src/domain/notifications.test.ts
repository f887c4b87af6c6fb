import { describe, expect, it } from 'vitest';
import { badgeCount, describeNotification } from './notifications';

describe('notification copy', () => {
  it('names the person and links to where to act', () => {
    expect(describeNotification({ type: 'request.received', payload: { actorName: 'Mina' } })).toEqual({ text: 'Mina asked you to mentor them', to: '/requests' });
    expect(describeNotification({ type: 'session.started', payload: { sessionId: 'S1', title: 'Prep', mentorshipId: 'M1' } })).toEqual({
      text: 'Live session started: Prep',
      to: '/sessions/S1',
    });
    expect(describeNotification({ type: 'agreement.proposed', payload: { mentorshipId: 'M1', version: 2 } }).to).toBe('/mentorships/M1');
    expect(describeNotification({ type: 'meeting.scheduled', payload: { title: 'Check-in' } })).toEqual({ text: 'Meeting scheduled: Check-in', to: '/schedule' });
    expect(describeNotification({ type: 'messages.missed', payload: { sessionId: 'S1', message: 'Ana sent you 2 messages in “Prep”.' } })).toEqual({
      text: 'Ana sent you 2 messages in “Prep”.',
      to: '/sessions/S1',
    });
    expect(describeNotification({ type: 'meeting.reminder', payload: { title: 'Prep' } })).toEqual({ text: 'A meeting starts soon: Prep', to: '/schedule' });
    expect(describeNotification({ type: 'webhook.endpoint_disabled', payload: { url: 'https://x' } }).to).toBe('/settings#webhooks');
    expect(describeNotification({ type: 'unknown.kind', payload: null }).to).toBe('/');
  });

  it('shows a reminder’s own sentence and in-app link, never an outside one', () => {
    const message = 'Your progress review was due on 2026-11-24.';
    expect(describeNotification({ type: 'nudge.review_overdue', payload: { message, path: '/mentorships/M1/reviews' } })).toEqual({ text: message, to: '/mentorships/M1/reviews' });
    expect(describeNotification({ type: 'nudge.review_overdue', payload: { message, path: '//evil.example/x' } }).to).toBe('/');
    expect(describeNotification({ type: 'nudge.mentorship_stalled', payload: {} })).toEqual({ text: 'A reminder', to: '/' });
  });

  it('keeps the badge short', () => {
    expect(badgeCount(0)).toBeNull();
    expect(badgeCount(null)).toBeNull();
    expect(badgeCount(3)).toBe('3');
    expect(badgeCount(12)).toBe('9+');
  });
});
