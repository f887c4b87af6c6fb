import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { globalId } from '../graphql/relay/node.js';
import type { StoredEvent } from './types.js';

@ObjectType('StreamEvent', {
  description:
    'One event on a live stream, in order. Resume a subscription after a dropped connection by passing the last `seq` you received as `after`.',
})
export class StreamEventType {
  @Field(() => Int, { nullable: true, description: 'Gap-free position on its stream, from 1; null for ephemeral signals (presence, typing).' })
  seq!: number | null;

  @Field(() => String, { description: 'What happened, e.g. `request.received`.' })
  type!: string;

  @Field(() => GraphQLJSON, { description: 'Details; their shape depends on `type` (see docs/api.md).' })
  payload!: unknown;

  @Field(() => ID, { nullable: true, description: 'The `User` whose action it was, if any.' })
  actorId!: string | null;

  @Field(() => Date, { description: 'When it happened.' })
  createdAt!: Date;

  @Field(() => Boolean, { description: 'True for signals that are never stored or replayed (presence, typing).' })
  ephemeral!: boolean;
}

/** Actors are stored as user uuids; the API speaks global ids. */
export const actorGlobalId = (actorUuid: string | null): string | null => (actorUuid ? globalId('User', actorUuid) : null);

export const toStreamEventType = (event: Pick<StoredEvent, 'seq' | 'type' | 'payload' | 'actorId'> & { createdAt: string | Date }): StreamEventType => ({
  seq: event.seq,
  type: event.type,
  payload: event.payload,
  actorId: actorGlobalId(event.actorId),
  createdAt: new Date(event.createdAt),
  ephemeral: false,
});
