import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { UserErrorCode } from '../../graphql/errors.js';
import { userError, validate, type UserError } from '../../graphql/relay/user-error.js';
import { globalId, idOfType } from '../../graphql/relay/node.js';
import type { Outcome } from '../accounts/accounts.service.js';
import type { User } from '../accounts/user.entity.js';
import type { LiveSessionsService } from './live-sessions.service.js';
import { Message, MessageReaction } from './message.entity.js';

export const MAX_MESSAGE_LENGTH = 4_000;
/** The reactions offered: a short, friendly set rather than any string. */
export const REACTIONS = ['👍', '❤️', '🎉', '😂', '🤔', '👀', '🙏'] as const;

const body = z
  .string()
  .trim()
  .min(1, 'Write something first.')
  .max(MAX_MESSAGE_LENGTH, `Keep a message to ${MAX_MESSAGE_LENGTH.toLocaleString('en')} characters; split longer ones.`);
const sendSchema = z.object({
  sessionId: z.string(),
  body,
  replyToId: z.string().nullish(),
  clientMutationId: z.string().trim().min(1, 'Send a client id to make retries safe.').max(100),
});

const messagePayload = (message: { uuid: string; authorUuid: string; body: string; replyToUuid: string | null; createdAt: Date }, authorName: string) => ({
  messageId: globalId('Message', message.uuid),
  authorId: globalId('User', message.authorUuid),
  authorName,
  body: message.body,
  replyToId: message.replyToUuid ? globalId('Message', message.replyToUuid) : null,
  createdAt: message.createdAt.toISOString(),
});

/** A sent message's row, written with its event (see `LiveSessionsService.appendWithRow`). */
const messageRows = (rows: string) => `insert into messages (uuid, session_uuid, author_uuid, body, reply_to_uuid, client_mutation_id, seq, created_at)
  select (i.args->>'uuid')::uuid, (i.args->>'sessionUuid')::uuid, i.actor_id::uuid, i.args->>'body', (i.args->>'replyToUuid')::uuid,
         i.args->>'clientMutationId', a.seq, (i.args->>'createdAt')::timestamptz
    from ${rows}`;

/**
 * Chat: sending (the same client id twice gives one message), editing within
 * a window, deleting to a tombstone, reactions, and history. Every change is
 * an event on the room's stream in the same transaction.
 */
export class MessagesService {
  constructor(private readonly deps: { config: Config; sessions: LiveSessionsService }) {}

  async send(em: EntityManager, user: User, input: unknown): Promise<Outcome<Message>> {
    const valid = validate(sendSchema, input);
    if (!valid.ok) return valid;
    const { sessionId, replyToId, clientMutationId } = valid.value;
    const sessionUuid = idOfType(sessionId, 'LiveSession');
    const notFound = async (): Promise<Outcome<Message>> => {
      // A retry of a message sent before access ended still gets its message.
      const retried = await em.findOne(Message, { authorUuid: user.uuid, clientMutationId });
      if (retried) return { ok: true, value: retried };
      return { ok: false, userErrors: [userError('sessionId', UserErrorCode.NOT_FOUND, 'No such session of yours.')] };
    };
    if (!sessionUuid) return notFound();
    let replyToUuid: string | null = null;
    if (replyToId) {
      replyToUuid = idOfType(replyToId, 'Message');
      if (!replyToUuid || !(await em.count(Message, { uuid: replyToUuid, sessionUuid }))) {
        return { ok: false, userErrors: [userError('replyToId', UserErrorCode.NOT_FOUND, 'Reply to a message in this session.')] };
      }
    }
    const fields = { uuid: randomUUID(), body: valid.value.body, replyToUuid, createdAt: new Date() };
    try {
      // The hot path: access check, event and message in one statement. A retry (the same client id) fails
      // on the unique key and is answered below; the first send, by far the common case, looks for none first.
      const stored = await this.deps.sessions.appendWithRow(em, sessionUuid, 'message.sent', user, messagePayload({ ...fields, authorUuid: user.uuid }, user.displayName), {
        sql: messageRows,
        args: { ...fields, clientMutationId },
      });
      if (!stored) return notFound();
      const message = em.merge(Message, { ...fields, sessionUuid, authorUuid: user.uuid, clientMutationId, seq: stored.seq, editedAt: null, deletedAt: null });
      return { ok: true, value: message };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // A retry, or the same client id racing itself: the first one stands (nothing of this one was written).
      return { ok: true, value: await em.fork().findOneOrFail(Message, { authorUuid: user.uuid, clientMutationId }) };
    }
  }

  private async own(em: EntityManager, user: User, messageId: string): Promise<{ message: Message; errors: UserError[] }> {
    const uuid = idOfType(messageId, 'Message');
    const message = uuid ? await em.findOne(Message, { uuid, authorUuid: user.uuid }) : null;
    const session = message ? await this.deps.sessions.access(em, user.uuid, message.sessionUuid) : null;
    if (!message || !session) return { message: message!, errors: [userError('messageId', UserErrorCode.NOT_FOUND, 'No such message of yours.')] };
    if (message.deletedAt) return { message, errors: [userError('messageId', UserErrorCode.INVALID_STATE, 'This message was deleted.')] };
    return { message, errors: [] };
  }

  async edit(em: EntityManager, user: User, input: { messageId: string; body: string }): Promise<Outcome<Message>> {
    const valid = validate(z.object({ body }), input);
    if (!valid.ok) return valid;
    const { message, errors } = await this.own(em, user, input.messageId);
    if (errors.length) return { ok: false, userErrors: errors };
    const windowMs = this.deps.config.messageEditWindowMinutes * 60_000;
    if (Date.now() - message.createdAt.getTime() > windowMs) {
      return {
        ok: false,
        userErrors: [userError('messageId', UserErrorCode.EDIT_WINDOW_CLOSED, `Messages can be edited for ${this.deps.config.messageEditWindowMinutes} minutes after sending.`)],
      };
    }
    message.body = valid.value.body;
    message.editedAt = new Date();
    await this.record(em, user, message, 'message.edited', { messageId: message.id, body: message.body, editedAt: message.editedAt.toISOString() });
    return { ok: true, value: message };
  }

  async delete(em: EntityManager, user: User, input: { messageId: string }): Promise<Outcome<Message>> {
    const { message, errors } = await this.own(em, user, input.messageId);
    if (errors.length) return { ok: false, userErrors: errors };
    message.body = null;
    message.deletedAt = new Date();
    await this.record(em, user, message, 'message.deleted', { messageId: message.id });
    return { ok: true, value: message };
  }

  async react(em: EntityManager, user: User, input: { messageId: string; emoji: string; add: boolean }): Promise<Outcome<Message>> {
    if (!(REACTIONS as readonly string[]).includes(input.emoji)) {
      return { ok: false, userErrors: [userError('emoji', UserErrorCode.INVALID, `React with one of ${REACTIONS.join(' ')}.`)] };
    }
    const uuid = idOfType(input.messageId, 'Message');
    const message = uuid ? await em.findOne(Message, { uuid }) : null;
    const session = message ? await this.deps.sessions.access(em, user.uuid, message.sessionUuid) : null;
    if (!message || !session || message.deletedAt) {
      return { ok: false, userErrors: [userError('messageId', UserErrorCode.NOT_FOUND, 'No such message in your sessions.')] };
    }
    await em.transactional(async (tx) => {
      const existing = await tx.findOne(MessageReaction, { message, user: user.uuid, emoji: input.emoji });
      if (input.add === Boolean(existing)) return; // already so: nothing to tell anyone
      if (existing) tx.remove(existing);
      else tx.create(MessageReaction, { message, user: user.uuid, emoji: input.emoji });
      await tx.flush();
      await this.deps.sessions.append(tx, session, input.add ? 'reaction.added' : 'reaction.removed', user, {
        messageId: message.id,
        emoji: input.emoji,
        userId: user.id,
      });
    });
    return { ok: true, value: message };
  }

  private async record(em: EntityManager, user: User, message: Message, type: string, payload: Record<string, unknown>): Promise<void> {
    const session = await this.deps.sessions.access(em, user.uuid, message.sessionUuid);
    await em.transactional(async (tx) => {
      await tx.flush();
      await this.deps.sessions.append(tx, session!, type, user, payload);
    });
  }

  async reactions(em: EntityManager, message: Message): Promise<{ emoji: string; count: number; userIds: string[] }[]> {
    const rows = await em.find(MessageReaction, { message }, { orderBy: { emoji: 'asc' } });
    const grouped = new Map<string, string[]>();
    for (const row of rows) grouped.set(row.emoji, [...(grouped.get(row.emoji) ?? []), globalId('User', row.user.unwrap().uuid)]);
    return [...grouped].map(([emoji, userIds]) => ({ emoji, count: userIds.length, userIds }));
  }
}
