import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate, type UserError } from '../../graphql/relay/user-error.js';
import { idOfType } from '../../graphql/relay/node.js';
import { paginate, type PageArgs } from '../../graphql/relay/connection.js';
import { hashSecret, newSecret } from '../../auth/secrets.js';
import type { Realtime } from '../../events/realtime.js';
import { announceRevocation } from '../../auth/revocations.js';
import { findLiveCredential } from '../../auth/live-credential.js';
import { ALL_SCOPES, expandScopes, type Scope } from '../../auth/scopes.js';
import type { User } from '../accounts/user.entity.js';
import { PersonalAccessToken } from './personal-access-token.entity.js';
import type { Outcome } from '../accounts/accounts.service.js';

const MAX_LIFETIME_DAYS = 366;
const MAX_TOKENS_PER_USER = 50;
/** lastUsedAt is written at most this often per token. */
const TOUCH_EVERY_MS = 60_000;

const createSchema = z.object({
  name: z.string().trim().min(1, 'Name the token after what will use it.').max(100, 'Use at most 100 characters.'),
  scopes: z
    .array(z.enum(ALL_SCOPES as [Scope, ...Scope[]]))
    .min(1, 'Choose at least one scope.')
    .max(ALL_SCOPES.length)
    .refine((scopes) => new Set(scopes).size === scopes.length, {
      message: 'Name each scope once.',
      params: { code: UserErrorCode.DUPLICATE },
    }),
  expiresAt: z
    .date()
    .nullable()
    .optional()
    .refine((date) => !date || date.getTime() > Date.now(), { message: 'The expiry must be in the future.', params: { code: UserErrorCode.OUT_OF_RANGE } })
    .refine((date) => !date || date.getTime() <= Date.now() + MAX_LIFETIME_DAYS * 86_400_000, {
      message: `A token lives at most ${MAX_LIFETIME_DAYS} days.`,
      params: { code: UserErrorCode.OUT_OF_RANGE },
    }),
});

/** Personal access tokens: created with scopes, shown once, listed, revoked, and checked on every request. */
export class AccessTokensService {
  constructor(private readonly deps: { realtime: Realtime }) {}

  async create(
    em: EntityManager,
    user: User,
    input: unknown,
  ): Promise<Outcome<{ token: PersonalAccessToken; secret: string }>> {
    const valid = validate(createSchema, input);
    if (!valid.ok) return valid;
    const live = await em.count(PersonalAccessToken, { user, revokedAt: null });
    if (live >= MAX_TOKENS_PER_USER) {
      return { ok: false, userErrors: [userError([], UserErrorCode.TOO_MANY, `Revoke a token first: at most ${MAX_TOKENS_PER_USER} at once.`)] };
    }
    const secret = newSecret('mst');
    const token = em.create(PersonalAccessToken, {
      user,
      name: valid.value.name,
      scopes: valid.value.scopes,
      expiresAt: valid.value.expiresAt ?? null,
      secretHash: hashSecret(secret),
      secretPrefix: secret.slice(0, 10),
    });
    await em.flush();
    return { ok: true, value: { token, secret } };
  }

  list(em: EntityManager, user: User, args: PageArgs) {
    return paginate(em, PersonalAccessToken, { user, revokedAt: null }, args, { createdAt: 'desc', uuid: 'desc' });
  }

  async revoke(em: EntityManager, user: User, tokenGlobalId: string): Promise<UserError[]> {
    const uuid = idOfType(tokenGlobalId, 'PersonalAccessToken');
    const revoked = uuid
      ? await em.transactional(async (tx) => {
          const count = await tx.nativeUpdate(PersonalAccessToken, { uuid, user, revokedAt: null }, { revokedAt: new Date() });
          // Sockets opened with the token close at once.
          if (count) await announceRevocation(tx, this.deps.realtime, user.uuid);
          return count;
        })
      : 0;
    return revoked ? [] : [userError('tokenId', UserErrorCode.NOT_FOUND, 'No such token of yours.')];
  }

  /** The token behind a bearer secret, if it is live, with its owner. */
  async authenticate(em: EntityManager, secret: string): Promise<{ token: PersonalAccessToken; user: User; scopes: Set<Scope> } | null> {
    if (!secret.startsWith('mst_') || secret.length > 100) return null;
    const token = await findLiveCredential(em, PersonalAccessToken, hashSecret(secret));
    if (!token || (token.expiresAt && token.expiresAt <= new Date())) return null;
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await em.nativeUpdate(PersonalAccessToken, { uuid: token.uuid }, { lastUsedAt: new Date() });
    }
    return { token, user: token.user.getEntity(), scopes: expandScopes(token.scopes) };
  }

  loadOwn(em: EntityManager, user: User, uuid: string): Promise<PersonalAccessToken | null> {
    return em.findOne(PersonalAccessToken, { uuid, user });
  }
}
