import { loadConfig } from '@mentorspace/server/dist/config.js';
import { createLogger } from '@mentorspace/server/dist/logger.js';
import { openDatabase, type Database } from '@mentorspace/server/dist/db/database.js';
import { createOfflineServices, type Services } from '@mentorspace/server/dist/services.js';
import { hashPassword } from '@mentorspace/server/dist/auth/password.js';
import { globalId } from '@mentorspace/server/dist/graphql/relay/node.js';
import { User } from '@mentorspace/server/dist/modules/accounts/user.entity.js';
import { Mentorship } from '@mentorspace/server/dist/modules/mentorships/mentorship.entity.js';
import { MentorshipStatus } from '@mentorspace/server/dist/modules/mentorships/mentorship.types.js';
import { Scope } from '@mentorspace/server/dist/auth/scopes.js';
import type { Progress } from './progress.js';

/** One side of a pair, with the token a client authenticates with (`Authorization: Bearer …`). */
export type Member = { userId: string; userUuid: string; token: string };

/** A mentor and a mentee with an active mentorship, its goal board and one live session. */
export type Pair = {
  mentor: Member;
  mentee: Member;
  mentorshipId: string;
  boardId: string;
  laneIds: string[];
  sessionId: string;
  /** The room's stream id, for reading the log directly. */
  sessionStream: string;
};

const must = <T>(outcome: { ok: true; value: T } | { ok: false; userErrors: unknown }, what: string): T => {
  if (!outcome.ok) throw new Error(`${what} failed: ${JSON.stringify(outcome.userErrors)}`);
  return outcome.value;
};

/**
 * Fills a benchmark database through the server's own services (so every
 * row and stream is what real use writes), bypassing only the HTTP sign-up:
 * all accounts share one password hash, since hashing 2,000 passwords would
 * take minutes and measures nothing.
 */
export class Population {
  private constructor(
    readonly database: Database,
    readonly services: Services,
    private readonly passwordHash: string,
  ) {}

  /** Opens the database (migrating it when asked) for filling. */
  static async open(databaseUrl: string, options: { migrate?: boolean } = {}): Promise<Population> {
    const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production' });
    const logger = createLogger(config);
    const database = await openDatabase(config, logger);
    if (options.migrate) await database.migrate();
    const services = createOfflineServices({ config, em: database.orm.em, logger, name: 'bench' });
    return new Population(database, services, await hashPassword('bench-password-not-used'));
  }

  private async member(name: string): Promise<{ user: User; member: Member }> {
    const em = this.database.orm.em.fork();
    const user = em.create(User, { email: `${name}@bench.mentorspace.local`, displayName: name, passwordHash: this.passwordHash, emailVerifiedAt: new Date() });
    await em.flush();
    const { secret } = must(
      await this.services.accessTokens.create(em, user, { name: 'bench', scopes: [Scope.PROFILE_READ, Scope.SESSIONS_READ, Scope.SESSIONS_WRITE, Scope.MENTORSHIPS_READ] }),
      'a token',
    );
    return { user, member: { userId: globalId('User', user.uuid), userUuid: user.uuid, token: secret } };
  }

  /** One pair: mentor and mentee, their mentorship, board and a live session the mentor started. */
  async pair(index: number): Promise<Pair> {
    const tag = `${process.pid}-${index}-${Math.random().toString(36).slice(2, 8)}`;
    const [mentor, mentee] = [await this.member(`mentor-${tag}`), await this.member(`mentee-${tag}`)];
    const em = this.database.orm.em.fork();
    const mentorship = em.create(Mentorship, { mentor: mentor.user.uuid, mentee: mentee.user.uuid, status: MentorshipStatus.ACTIVE, startedAt: new Date() });
    await em.flush();
    const board = await this.services.goalBoards.forMentorship(em, mentorship);
    const lanes = await this.services.goalBoards.lanes(em, board);
    const mentorshipId = globalId('Mentorship', mentorship.uuid);
    const session = must(await this.services.liveSessions.start(em, mentor.user, { mentorshipId, title: 'Bench session' }), 'a live session');
    return {
      mentor: mentor.member,
      mentee: mentee.member,
      mentorshipId,
      boardId: board.id,
      laneIds: lanes.map((lane) => lane.id),
      sessionId: session.id,
      sessionStream: `session:${session.uuid}`,
    };
  }

  /** `count` pairs, a few at a time, with progress. */
  async pairs(count: number, progress?: Progress): Promise<Pair[]> {
    const pairs: Pair[] = [];
    const concurrency = 8;
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const index = next++;
        pairs[index] = await this.pair(index);
        if (pairs.filter(Boolean).length % 50 === 0) progress?.update(`created ${pairs.filter(Boolean).length}/${count} pairs`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return pairs;
  }

  async close(): Promise<void> {
    await this.database.close();
  }
}
