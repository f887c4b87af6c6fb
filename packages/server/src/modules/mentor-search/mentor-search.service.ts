import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { ApiError, ErrorCode } from '../../graphql/errors.js';
import { MAX_PAGE_SIZE, type Page } from '../../graphql/relay/connection.js';
import { validate } from '../../graphql/relay/user-error.js';
import type { Viewer } from '../../auth/viewer.js';
import { MentorProfile } from '../mentor-profiles/mentor-profile.entity.js';
import { MentoringFormat, ProfileVisibility } from '../mentor-profiles/mentor-profile.types.js';
import { language, timeZone } from '../mentor-profiles/profile-rules.js';

const filterSchema = z
  .object({
    skills: z.array(z.string().trim().toLowerCase().max(60)).max(20).nullish(),
    expertise: z.array(z.string().trim().toLowerCase().max(60)).max(20).nullish(),
    languages: z.array(language).max(10).nullish(),
    formats: z.array(z.enum(MentoringFormat)).max(4).nullish(),
    acceptingRequests: z.boolean().nullish(),
    nearTimeZone: timeZone.nullish(),
    maxHoursApart: z.number().int().min(0).max(14).nullish(),
  })
  .default({});
export type SearchFilter = z.infer<typeof filterSchema>;

/** A text[] parameter. Knex would spread a JS array into a list, so arrays travel as JSON. */
const TEXT_ARRAY = 'array(select jsonb_array_elements_text(?::jsonb))';

/** How close a query word must be to a profile's words to count as a typo of one (pg_trgm word_similarity). */
const TYPO_SIMILARITY = 0.5;
const MAX_QUERY_WORDS = 8;

/**
 * Search results are ranked, so they page by position: the cursor is an
 * opaque offset. (Lists in a stable order page by keyset, in `paginate()`.)
 */
const encodeOffset = (offset: number) => Buffer.from(JSON.stringify({ offset })).toString('base64url');
function decodeOffset(cursor: string): number {
  try {
    const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { offset: unknown };
    if (Number.isSafeInteger(offset) && (offset as number) >= 0) return offset as number;
  } catch {
    // falls through
  }
  throw new ApiError(ErrorCode.BAD_CURSOR, 'That `after` cursor is not one this search gave out.', { argument: 'after' });
}

/** Finding mentors: Postgres full-text ranking, typo tolerance by trigrams, and filters. Visible profiles only. */
export class MentorSearchService {
  async search(
    em: EntityManager,
    viewer: Viewer,
    input: { query: string; filter: unknown; first: number; after?: string | null },
  ): Promise<Page<MentorProfile>> {
    if (!Number.isInteger(input.first) || input.first < 1 || input.first > MAX_PAGE_SIZE) {
      throw new ApiError(ErrorCode.BAD_USER_INPUT, `\`first\` must be between 1 and ${MAX_PAGE_SIZE}.`, { argument: 'first' });
    }
    const valid = validate(filterSchema, input.filter ?? {});
    if (!valid.ok) {
      const [problem] = valid.userErrors;
      throw new ApiError(ErrorCode.BAD_USER_INPUT, `filter.${problem!.field.join('.')}: ${problem!.message}`, { argument: 'filter' });
    }
    const filter = valid.value;
    const query = input.query.trim().slice(0, 200);
    const offset = input.after ? decodeOffset(input.after) : 0;

    const visible = viewer.kind === 'anonymous' ? [ProfileVisibility.PUBLIC] : [ProfileVisibility.PUBLIC, ProfileVisibility.MEMBERS];
    // Away mentors are not found at all, whatever the filters say.
    const where: string[] = [`p.visibility = any(${TEXT_ARRAY})`, 'p.away_since is null'];
    const params: unknown[] = [JSON.stringify(visible)];
    if (viewer.kind !== 'anonymous') {
      where.push('p.user_uuid <> ?');
      params.push(viewer.user.uuid);
    }
    // Every word must match: as a word (stemmed) anywhere in the profile, or as a near-spelling of a
    // word in the headline, expertise or skills.
    for (const word of query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS)) {
      where.push(`(p.search_document @@ plainto_tsquery('english', ?) or word_similarity(?, p.search_text) >= ?)`);
      params.push(word, word, TYPO_SIMILARITY);
    }
    if (filter.acceptingRequests ?? true) where.push('p.accepting_requests');
    if (filter.skills?.length) {
      where.push(`exists (select 1 from jsonb_array_elements(p.skills) s where lower(s->>'name') = any(${TEXT_ARRAY}))`);
      params.push(JSON.stringify(filter.skills));
    }
    if (filter.expertise?.length) {
      where.push(`exists (select 1 from unnest(p.expertise) e where lower(e) = any(${TEXT_ARRAY}))`);
      params.push(JSON.stringify(filter.expertise));
    }
    if (filter.languages?.length) {
      where.push(`p.languages && ${TEXT_ARRAY}`);
      params.push(JSON.stringify(filter.languages));
    }
    if (filter.formats?.length) {
      where.push(`p.formats && ${TEXT_ARRAY}`);
      params.push(JSON.stringify(filter.formats));
    }
    if (filter.nearTimeZone && filter.maxHoursApart != null) {
      // Postgres knows every IANA zone's offset right now, daylight saving included.
      where.push(`abs(extract(epoch from (select utc_offset from pg_timezone_names where name = p.time_zone)
                      - (select utc_offset from pg_timezone_names where name = ?))) <= ? * 3600`);
      params.push(filter.nearTimeZone, filter.maxHoursApart);
    }
    const rank = query ? `ts_rank(p.search_document, websearch_to_tsquery('english', ?)) + word_similarity(?, p.search_text) desc, ` : '';
    const rankParams = query ? [query, query.toLowerCase()] : [];

    const rows = await em.execute<{ uuid: string; total: string }[]>(
      `select p.uuid, count(*) over () as total
         from mentor_profiles p
        where ${where.join(' and ')}
        order by ${rank}p.updated_at desc, p.uuid
        limit ? offset ?`,
      [...params, ...rankParams, input.first + 1, offset],
    );
    const hasNextPage = rows.length > input.first;
    const page = rows.slice(0, input.first);
    const profiles = await em.find(MentorProfile, { uuid: { $in: page.map((row) => row.uuid) } });
    const byUuid = new Map(profiles.map((profile) => [profile.uuid, profile]));
    const nodes = page.map((row) => byUuid.get(row.uuid)!).filter(Boolean);
    const edges = nodes.map((node, index) => ({ cursor: encodeOffset(offset + index + 1), node }));
    return {
      edges,
      nodes,
      pageInfo: {
        hasNextPage,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: rows[0] ? Number(rows[0].total) : offset,
    };
  }
}
