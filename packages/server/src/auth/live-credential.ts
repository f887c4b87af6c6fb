import type { EntityManager, EntityMetadata, Ref } from '@mikro-orm/postgresql';
import { User } from '../modules/accounts/user.entity.js';

/** A session or a personal access token: found by its secret's hash, live until revoked, and someone's. */
type Credential = { secretHash: string; revokedAt: Date | null; user: Ref<User> };

/**
 * The unrevoked credential with this secret hash, and its user, as managed
 * entities: the lookup every authenticated HTTP request makes first.
 *
 * One prepared statement hydrated with `em.map`, rather than
 * `em.findOne(..., { populate: ['user'] })`, whose query building and
 * populate machinery every request paid before anything else. Probe on a
 * 2-core machine, CPU per lookup: 0.9–1.5 ms through `findOne`, 0.35 ms this
 * way, of which the statement itself is 0.1–0.17 ms.
 */
export async function findLiveCredential<T extends Credential>(em: EntityManager, entity: new () => T, secretHash: string): Promise<T | null> {
  const statement = statementFor(em, entity);
  const result = await em.getConnection().getKnex().raw(statement.text, [secretHash]).options({ name: statement.name });
  const row = (result as { rows: Record<string, unknown>[] }).rows[0];
  if (!row) return null;
  const userRow: Record<string, unknown> = {};
  const ownRow: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column.startsWith(USER_PREFIX)) userRow[column.slice(USER_PREFIX.length)] = value;
    else ownRow[column] = value;
  }
  // The user first, so the credential's reference to it is the managed, loaded entity.
  em.map(User, userRow);
  return em.map(entity, ownRow);
}

const USER_PREFIX = 'user__';
const statements = new WeakMap<object, { name: string; text: string }>();

function statementFor(em: EntityManager, entity: new () => Credential): { name: string; text: string } {
  const known = statements.get(entity);
  if (known) return known;
  const meta = em.getMetadata().get<Credential>(entity.name);
  const users = em.getMetadata().get<User>(User.name);
  const own = columnsOf(meta).map((column) => `c.${column}`);
  const ofUser = columnsOf(users).map((column) => `u.${column} as ${USER_PREFIX}${column}`);
  const statement = {
    name: `live_credential_${meta.tableName}`,
    text:
      `select ${[...own, ...ofUser].join(', ')} from ${meta.tableName} c join ${users.tableName} u on u.uuid = c.user_uuid ` +
      'where c.secret_hash = ? and c.revoked_at is null',
  };
  statements.set(entity, statement);
  return statement;
}

/** The table's own columns: every persisted property's, foreign keys included, collections not. */
function columnsOf(meta: EntityMetadata): string[] {
  return meta.props.filter((prop) => prop.persist !== false && prop.fieldNames?.length && (prop.kind === 'scalar' || prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner))).flatMap((prop) => prop.fieldNames);
}
