import { beforeAll, describe, expect, it } from 'vitest';
import { wrap } from '@mikro-orm/core';
import { useTestApp } from '../testing/test-app.js';
import { signUpPerson, tokenClient } from '../testing/graphql-client.js';
import { AuthSession } from '../modules/accounts/auth-session.entity.js';
import { PersonalAccessToken } from '../modules/access-tokens/personal-access-token.entity.js';
import { SESSION_COOKIE } from './current-user.js';
import { hashSecret } from './secrets.js';
import { findLiveCredential } from './live-credential.js';

const server = useTestApp();
let sessionSecret: string;
let tokenSecret: string;

beforeAll(async () => {
  const person = await signUpPerson(server.app, 'Ada');
  sessionSecret = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(person.client.sessionCookie ?? '')![1]!;
  tokenSecret = (await tokenClient(person.client, ['PROFILE_READ'])).secret;
});

describe('findLiveCredential', () => {
  // What the ORM's own lookup gives is the reference: the hand-written statement must not drop or garble a column.
  it.each([
    ['a session', AuthSession, () => sessionSecret],
    ['a token', PersonalAccessToken, () => tokenSecret],
  ] as const)('finds %s with its user, exactly as the ORM loads them', async (_, entity, secret) => {
    const hash = hashSecret(secret());
    const expected = await server.app.orm.em.fork().findOneOrFail(entity as typeof AuthSession, { secretHash: hash }, { populate: ['user'] });
    const em = server.app.orm.em.fork();
    const found = await findLiveCredential(em, entity as typeof AuthSession, hash);

    expect(found).toBeInstanceOf(entity);
    expect(wrap(found!).toPOJO()).toEqual(wrap(expected).toPOJO());
    expect(found!.secretHash).toBe(hash); // hidden from serialisation, still loaded
    const user = found!.user.getEntity();
    expect(wrap(user).isInitialized()).toBe(true);
    expect(wrap(user).toPOJO()).toEqual(wrap(expected.user.getEntity()).toPOJO());
    // Both are managed: a change is flushed like any loaded entity's.
    user.displayName = 'Ada L.';
    await em.flush();
    expect((await server.app.orm.em.fork().findOneOrFail(entity as typeof AuthSession, { secretHash: hash }, { populate: ['user'] })).user.getEntity().displayName).toBe('Ada L.');
  });

  it('finds nothing for an unknown secret or a revoked credential', async () => {
    const em = server.app.orm.em.fork();
    expect(await findLiveCredential(em, PersonalAccessToken, hashSecret('mst_nobody'))).toBeNull();
    await server.app.orm.em.fork().nativeUpdate(PersonalAccessToken, { secretHash: hashSecret(tokenSecret) }, { revokedAt: new Date() });
    expect(await findLiveCredential(em, PersonalAccessToken, hashSecret(tokenSecret))).toBeNull();
    expect(await findLiveCredential(em, AuthSession, hashSecret(sessionSecret))).not.toBeNull();
  });
});
