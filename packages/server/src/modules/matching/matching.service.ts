import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate, type UserError } from '../../graphql/relay/user-error.js';
import type { User } from '../accounts/user.entity.js';
import { MentorProfile } from '../mentor-profiles/mentor-profile.entity.js';
import { ProfileVisibility } from '../mentor-profiles/mentor-profile.types.js';
import { NeedsAssessment } from '../needs-assessments/needs-assessment.entity.js';
import { OPEN_MENTORSHIP_STATUSES } from '../mentorships/mentorship.types.js';
import { DEFAULT_WEIGHTS, MATCH_FACTORS, scoreMatch, type MatchScore, type MatchWeights, type MenteeNeeds, type MentorOffer } from './match-score.js';

const weight = z.number().min(0, 'Weights go from 0 to 10.').max(10, 'Weights go from 0 to 10.');
const weightsSchema = z
  .object(Object.fromEntries(MATCH_FACTORS.map((factor) => [factor, weight.nullish()])) as Record<string, z.ZodType<number | null | undefined>>)
  .strict();

/** How many mentors are scored per recommendation: the most recently updated visible, available ones. */
const CANDIDATES = 500;

export type MentorMatchResult = MatchScore & { mentor: MentorProfile };

const OPEN = `array[${OPEN_MENTORSHIP_STATUSES.map((status) => `'${status}'`).join(', ')}]`;
/** Per mentor profile `p`: mentorships holding a place, and the median hours to a first answer over 90 days. */
const MENTOR_STATS = `cross join lateral (
  select (select count(*) from mentorships m where m.mentor_uuid = p.user_uuid and m.status = any(${OPEN})) as open_count,
         (select percentile_cont(0.5) within group (order by extract(epoch from r.responded_at - r.created_at) / 3600)
            from mentorship_requests r
           where r.mentor_uuid = p.user_uuid and r.responded_at is not null and r.created_at > now() - interval '90 days') as median_hours
) stats`;
type StatsRow = { uuid: string; open_count: string; median_hours: number | null };

/** Recommendations: who fits a mentee best, and why, by weights the mentee can tune and save. */
export class MatchingService {
  async weightsFor(em: EntityManager, user: User): Promise<MatchWeights> {
    const assessment = await em.findOne(NeedsAssessment, { user });
    return { ...DEFAULT_WEIGHTS, ...(assessment?.matchingWeights as Partial<MatchWeights> | null) };
  }

  /** Merges the given weights over the saved (or default) ones; validates them. */
  async resolveWeights(em: EntityManager, user: User, given: unknown): Promise<{ ok: true; weights: MatchWeights } | { ok: false; userErrors: UserError[] }> {
    const valid = validate(weightsSchema, given ?? {});
    if (!valid.ok) return valid;
    const defined = Object.fromEntries(Object.entries(valid.value).filter(([, value]) => value != null)) as Partial<MatchWeights>;
    const weights = { ...(await this.weightsFor(em, user)), ...defined };
    if (MATCH_FACTORS.every((factor) => weights[factor] === 0)) {
      return { ok: false, userErrors: [userError([], UserErrorCode.OUT_OF_RANGE, 'Give at least one part a weight above 0.')] };
    }
    return { ok: true, weights };
  }

  async saveWeights(em: EntityManager, user: User, given: unknown): Promise<UserError[]> {
    const resolved = await this.resolveWeights(em, user, given);
    if (!resolved.ok) return resolved.userErrors;
    const assessment = (await em.findOne(NeedsAssessment, { user })) ?? em.create(NeedsAssessment, { user });
    assessment.matchingWeights = resolved.weights;
    await em.flush();
    return [];
  }

  /** What a mentee's needs assessment says, for scoring. */
  async needsOf(em: EntityManager, userUuid: string): Promise<MenteeNeeds> {
    const assessment = await em.findOne(NeedsAssessment, { user: userUuid });
    return {
      skillsToDevelop: assessment?.skillsToDevelop ?? [],
      goals: assessment?.goals ?? [],
      preferredLanguages: assessment?.preferredLanguages ?? [],
      timeZone: assessment?.timeZone ?? null,
    };
  }

  /** Profiles and scoring inputs for the rows of a query over `mentor_profiles p` with MENTOR_STATS. */
  private async offers(em: EntityManager, rows: StatsRow[]): Promise<{ profile: MentorProfile; offer: MentorOffer }[]> {
    const profiles = new Map((await em.find(MentorProfile, { uuid: { $in: rows.map((row) => row.uuid) } })).map((profile) => [profile.uuid, profile]));
    return rows.flatMap((row) => {
      const profile = profiles.get(row.uuid);
      if (!profile) return [];
      const offer: MentorOffer = {
        ...profile,
        openMentorships: Number(row.open_count),
        medianResponseHours: row.median_hours === null ? null : Number(row.median_hours),
      };
      return [{ profile, offer }];
    });
  }

  /** Scoring inputs for given mentors (by user uuid), whatever their visibility; for program admins' matching. */
  async offersOfMentors(em: EntityManager, mentorUserUuids: string[]): Promise<Map<string, MentorOffer & { profileUuid: string }>> {
    if (!mentorUserUuids.length) return new Map();
    const rows = await em.execute<(StatsRow & { user_uuid: string })[]>(
      `select p.uuid, p.user_uuid, stats.open_count, stats.median_hours from mentor_profiles p ${MENTOR_STATS}
        where p.user_uuid in (${mentorUserUuids.map(() => '?').join(', ')})`,
      mentorUserUuids,
    );
    const offers = await this.offers(em, rows);
    return new Map(offers.map(({ profile, offer }) => [profile.user.unwrap().uuid, { ...offer, profileUuid: profile.uuid }]));
  }

  async recommend(em: EntityManager, user: User, weights: MatchWeights, first: number, at = new Date()): Promise<MentorMatchResult[]> {
    const needs = await this.needsOf(em, user.uuid);
    // Visible to any signed-in member, taking requests, not the viewer, with a place free, not already matched with the viewer.
    const rows = await em.execute<StatsRow[]>(
      `select p.uuid, stats.open_count, stats.median_hours
         from mentor_profiles p ${MENTOR_STATS}
        where p.visibility in ('${ProfileVisibility.PUBLIC}', '${ProfileVisibility.MEMBERS}')
          and p.accepting_requests
          and p.away_since is null
          and p.user_uuid <> ?
          and stats.open_count < p.capacity
          and not exists (select 1 from mentorships m where m.mentor_uuid = p.user_uuid and m.mentee_uuid = ? and m.status = any(${OPEN}))
        order by p.updated_at desc
        limit ${CANDIDATES}`,
      [user.uuid, user.uuid],
    );
    const results = (await this.offers(em, rows)).map(({ profile, offer }) => ({ mentor: profile, ...scoreMatch(needs, offer, weights, at) }));
    // Deterministic: best score first, ties by id.
    results.sort((a, b) => b.score - a.score || a.mentor.uuid.localeCompare(b.mentor.uuid));
    return results.slice(0, first);
  }
}
