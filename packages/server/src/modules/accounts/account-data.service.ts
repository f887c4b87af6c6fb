import type { EntityManager } from '@mikro-orm/postgresql';
import type { Realtime } from '../../events/realtime.js';
import { announceRevocation } from '../../auth/revocations.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { OPEN_MENTORSHIP_STATUSES } from '../mentorships/mentorship.types.js';
import { closeRooms } from '../mentorships/rooms.js';
import { AuthSession } from './auth-session.entity.js';
import { User } from './user.entity.js';
import { PersonalAccessToken } from '../access-tokens/personal-access-token.entity.js';
import { MentorProfile } from '../mentor-profiles/mentor-profile.entity.js';
import { NeedsAssessment } from '../needs-assessments/needs-assessment.entity.js';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity.js';

/**
 * Your data, all of it: export as JSON, and delete.
 *
 * Deleting an account removes the person: the account, sessions, tokens,
 * mentor profile and needs assessment (foreign keys cascade). Later modules
 * follow one rule: what belongs to the person alone goes with them; what they
 * shared with someone else (mentorships, messages, boards) stays for the other
 * person, with the author shown as "Deleted user", and open mentorships end.
 */
export class AccountDataService {
  constructor(private readonly deps: { realtime: Realtime }) {}

  async export(em: EntityManager, user: User): Promise<Record<string, unknown>> {
    const [profile, assessment, sessions, tokens, webhookEndpoints] = await Promise.all([
      em.findOne(MentorProfile, { user }),
      em.findOne(NeedsAssessment, { user }),
      em.find(AuthSession, { user }, { orderBy: { createdAt: 'asc' } }),
      em.find(PersonalAccessToken, { user }, { orderBy: { createdAt: 'asc' } }),
      em.find(WebhookEndpoint, { ownerUser: user.uuid }, { orderBy: { createdAt: 'asc' } }),
    ]);
    const strip = <T extends object>(entity: T | null, ...omit: string[]) =>
      entity && Object.fromEntries(Object.entries(entity).filter(([key]) => !['user', ...omit].includes(key)));
    return {
      exportedAt: new Date().toISOString(),
      account: {
        email: user.email,
        emailVerifiedAt: user.emailVerifiedAt,
        displayName: user.displayName,
        roles: { isMentor: user.isMentor, isMentee: user.isMentee, isPlatformAdmin: user.isPlatformAdmin },
        onboardedAt: user.onboardedAt,
        createdAt: user.createdAt,
      },
      mentorProfile: strip(profile),
      needsAssessment: strip(assessment),
      sessions: sessions.map((session) => strip(session, 'secretHash')),
      personalAccessTokens: tokens.map((token) => strip(token, 'secretHash')),
      webhookEndpoints: webhookEndpoints.map((endpoint) => strip(endpoint, 'ownerUser', 'organization', 'secret', 'previousSecret')),
    };
  }

  async delete(em: EntityManager, user: User): Promise<void> {
    await em.transactional(async (tx) => {
      // The rooms of the person's open mentorships close first, in the same transaction, so that the other person's
      // open subscriptions stop there (the mentorships themselves go with the account).
      const open = await tx.find(Mentorship, { $or: [{ mentor: user.uuid }, { mentee: user.uuid }], status: { $in: OPEN_MENTORSHIP_STATUSES } }, { fields: ['uuid'] });
      await closeRooms(tx, this.deps.realtime, open.map((mentorship) => mentorship.uuid), 'account.deleted', null);
      // The person's own sockets (their sessions and tokens go with the account) close at once.
      await announceRevocation(tx, this.deps.realtime, user.uuid);
      await tx.nativeDelete(User, { uuid: user.uuid });
    });
  }
}
