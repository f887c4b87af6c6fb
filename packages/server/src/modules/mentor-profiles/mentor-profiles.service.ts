import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate } from '../../graphql/relay/user-error.js';
import type { Viewer } from '../../auth/viewer.js';
import type { User } from '../accounts/user.entity.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { MentorProfile } from './mentor-profile.entity.js';
import { MentoringFormat, ProfileVisibility } from './mentor-profile.types.js';
import { languages, list, requiredText, shortText, skillLevel, tags, timeZone, uniqueBy } from './profile-rules.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().regex(TIME, 'Use HH:MM, 24-hour, like 09:30.');

const uniqueSkills = uniqueBy((skill: { name: string }) => skill.name, 'skill');

const updateSchema = z
  .object({
    headline: shortText(120, 'the headline'),
    bio: shortText(4_000, 'the bio'),
    expertise: tags(20, 'areas of expertise'),
    skills: list(z.object({ name: requiredText(60, 'the skill'), level: skillLevel }), 30, 'skills').refine(
      uniqueSkills.check,
      uniqueSkills.message,
    ),
    yearsOfExperience: z.number().int().min(0, 'Years go from 0 to 70.').max(70, 'Years go from 0 to 70.').nullable(),
    industries: tags(10, 'industries'),
    qualities: tags(10, 'qualities'),
    communicationStyle: shortText(1_000, 'the communication style'),
    languages: languages(10),
    timeZone,
    availability: list(
      z
        .object({ weekday: z.number().int().min(1, 'Weekdays go from 1 (Monday) to 7 (Sunday).').max(7, 'Weekdays go from 1 (Monday) to 7 (Sunday).'), startTime: time, endTime: time })
        // Compared only when both are well-formed times; a malformed one has its own error.
        .refine((window) => !TIME.test(window.startTime) || !TIME.test(window.endTime) || window.startTime < window.endTime, {
          message: 'The window must end after it starts.',
          path: ['endTime'],
          params: { code: UserErrorCode.OUT_OF_RANGE },
        }),
      28,
      'availability windows',
    ),
    capacity: z.number().int().min(0, 'Capacity goes from 0 to 20.').max(20, 'Capacity goes from 0 to 20.'),
    acceptingRequests: z.boolean(),
    formats: list(z.enum(MentoringFormat), 4, 'formats'),
    visibility: z.enum(ProfileVisibility),
  })
  .partial()
  .strict();

/** Mentor profiles: who may see one, and changing your own. */
export class MentorProfilesService {
  /** Whether the viewer may see this profile, by its visibility. */
  canSee(viewer: Viewer, profile: MentorProfile): boolean {
    if (viewer.kind !== 'anonymous' && profile.user.unwrap().uuid === viewer.user.uuid) return true;
    if (profile.visibility === ProfileVisibility.PUBLIC) return true;
    return profile.visibility === ProfileVisibility.MEMBERS && viewer.kind !== 'anonymous';
  }

  async forUser(em: EntityManager, viewer: Viewer, userUuid: string): Promise<MentorProfile | null> {
    const profile = await em.findOne(MentorProfile, { user: userUuid });
    return profile && this.canSee(viewer, profile) ? profile : null;
  }

  async load(em: EntityManager, viewer: Viewer, uuid: string): Promise<MentorProfile | null> {
    const profile = await em.findOne(MentorProfile, { uuid });
    return profile && this.canSee(viewer, profile) ? profile : null;
  }

  /**
   * Away: hidden from search and recommendations, and new requests are
   * refused, until switched off. Open requests and mentorships carry on.
   */
  async setAway(em: EntityManager, user: User, away: boolean): Promise<Outcome<MentorProfile>> {
    const profile = await em.findOne(MentorProfile, { user });
    if (!profile) return { ok: false, userErrors: [userError('away', UserErrorCode.NOT_FOUND, 'Create your mentor profile first.')] };
    profile.awaySince = away ? (profile.awaySince ?? new Date()) : null;
    await em.flush();
    return { ok: true, value: profile };
  }

  async update(em: EntityManager, user: User, input: Record<string, unknown>): Promise<Outcome<MentorProfile>> {
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    const valid = validate(updateSchema, changes);
    if (!valid.ok) return valid;
    const profile = (await em.findOne(MentorProfile, { user })) ?? em.create(MentorProfile, { user });
    Object.assign(profile, valid.value);
    indexForSearch(profile);
    await em.flush();
    return { ok: true, value: profile };
  }
}

/** What search reads: weighted for ranking, and flat for typo tolerance. */
function indexForSearch(profile: MentorProfile): void {
  const skills = profile.skills.map((skill) => skill.name);
  profile.searchDocument = {
    A: [profile.headline, ...profile.expertise].join(' '),
    B: skills.join(' '),
    C: [...profile.industries, ...profile.qualities].join(' '),
    D: profile.bio,
  };
  profile.searchText = [profile.headline, ...profile.expertise, ...skills].join(' ').toLowerCase();
}
