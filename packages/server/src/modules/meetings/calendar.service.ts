import type { EntityManager } from '@mikro-orm/postgresql';
import ical from 'ical-generator';
import type { Config } from '../../config.js';
import { hashSecret, newSecret } from '../../auth/secrets.js';
import { User } from '../accounts/user.entity.js';
import type { MeetingsService } from './meetings.service.js';

/** Past and future meetings a calendar app sees. */
const WINDOW_BACK_DAYS = 30;
const WINDOW_AHEAD_DAYS = 180;

/**
 * The private iCalendar feed: a secret address per user (only its hash is
 * kept), serving each occurrence as its own event, cancellations included.
 */
export class CalendarService {
  constructor(private readonly deps: { config: Config; meetings: MeetingsService }) {}

  async rotate(em: EntityManager, user: User): Promise<string> {
    const secret = newSecret('msc');
    await em.nativeUpdate(User, { uuid: user.uuid }, { calendarFeedHash: hashSecret(secret) });
    return `${this.deps.config.publicUrl}/calendar/${secret}.ics`;
  }

  /** The feed behind a secret, or null when it is not a live one. */
  async feed(em: EntityManager, secret: string): Promise<string | null> {
    if (!/^msc_[\w-]{43}$/.test(secret)) return null;
    const user = await em.findOne(User, { calendarFeedHash: hashSecret(secret) });
    if (!user) return null;
    const now = Date.now();
    const occurrences = await this.deps.meetings.upcomingFor(
      em,
      user.uuid,
      new Date(now - WINDOW_BACK_DAYS * 86_400_000),
      new Date(now + WINDOW_AHEAD_DAYS * 86_400_000),
    );
    const calendar = ical({ name: 'Mentorspace', prodId: { company: 'Mentorspace', product: 'meetings' } });
    for (const { meeting, occurrence } of occurrences) {
      calendar.createEvent({
        id: `${meeting.uuid}-${occurrence.originalStart.getTime()}@mentorspace`,
        start: occurrence.startsAt,
        end: occurrence.endsAt,
        summary: occurrence.cancelled ? `Cancelled: ${meeting.title}` : meeting.title,
        description: meeting.agenda.length ? `Agenda:\n${meeting.agenda.map((item) => `- ${item}`).join('\n')}` : null,
        url: meeting.videoLink,
        status: occurrence.cancelled ? ('CANCELLED' as never) : ('CONFIRMED' as never),
      });
    }
    return calendar.toString();
  }
}
