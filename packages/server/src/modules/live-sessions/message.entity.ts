import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { LiveSession } from './live-session.entity.js';

/** A chat message. Deleting leaves a tombstone (no body) so replies and order stay intact. */
@Entity({ tableName: 'messages' })
@Unique({ properties: ['authorUuid', 'clientMutationId'] })
@Index({ properties: ['sessionUuid', 'seq'] })
@ObjectType('Message', { implements: Node, description: 'A chat message in a live session.' })
@nodeType('Message')
export class Message implements Node {
  [OptionalProps]?: 'uuid' | 'createdAt' | 'id' | 'editedAt' | 'deletedAt' | 'replyToUuid';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('Message', this.uuid);
  }

  // The session and the author as their uuids (mapToPk): a message is read and written in bulk, and
  // nothing needs their entities from it, so none are made for it (each reference costs as much as the message).
  @ManyToOne(() => LiveSession, { mapToPk: true, fieldName: 'session_uuid', deleteRule: 'cascade' })
  sessionUuid!: string;

  /** Null once the author deleted their account: shown as "Deleted user". */
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'author_uuid', nullable: true, deleteRule: 'set null' })
  authorUuid!: string | null;

  @Field(() => String, { nullable: true, description: 'Null once deleted.' })
  @Property({ type: 'text', nullable: true })
  body!: string | null;

  @Property({ type: 'uuid', nullable: true })
  replyToUuid: string | null = null;

  @Property({ type: 'text' })
  clientMutationId!: string;

  @Field(() => Int, { description: "The room stream's seq of the event that sent it: the message's place in order." })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => Date, { description: 'When it was sent.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it was last edited; null if never.' })
  @Property({ type: 'timestamptz', nullable: true })
  editedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When its author deleted it; null while it stands.' })
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;
}

@Entity({ tableName: 'message_reactions' })
@Unique({ properties: ['message', 'user', 'emoji'] })
export class MessageReaction {
  [OptionalProps]?: 'uuid';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @ManyToOne(() => Message, { ref: true, deleteRule: 'cascade' })
  message!: Ref<Message>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'text' })
  emoji!: string;
}
