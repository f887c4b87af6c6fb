import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { globalId, Node, nodeType } from '../../graphql/relay/node.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from './mentorship.entity.js';
import { AgreementTerms } from './mentorship.types.js';

/** One proposed version of a mentorship's expectations agreement. Versions are never edited. */
@Entity({ tableName: 'agreement_versions' })
@Unique({ properties: ['mentorship', 'version'] })
@ObjectType('AgreementVersion', { implements: Node, description: 'One proposed version of an expectations agreement.' })
@nodeType('AgreementVersion')
export class AgreementVersion implements Node {
  [OptionalProps]?: 'uuid' | 'note' | 'createdAt' | 'id';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @Field(() => ID, { description: 'Opaque global id.' })
  get id(): string {
    return globalId('AgreementVersion', this.uuid);
  }

  @ManyToOne(() => Mentorship, { ref: true, deleteRule: 'cascade' })
  mentorship!: Ref<Mentorship>;

  @Field(() => Int, { description: '1 for the first proposal, then 2, 3…' })
  @Property({ type: 'integer' })
  version!: number;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  proposedBy!: Ref<User>;

  @Field(() => AgreementTerms, { description: 'The terms proposed in this version.' })
  @Property({ type: 'json' })
  terms!: AgreementTerms;

  @Field(() => String, { description: 'What the proposer says about this version.' })
  @Property({ type: 'text' })
  note: string = '';

  @Field(() => Date, { description: 'When it was proposed.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** One person's acknowledgement of one version. */
@Entity({ tableName: 'agreement_acknowledgements' })
@Unique({ properties: ['agreementVersion', 'user'] })
export class AgreementAcknowledgement {
  [OptionalProps]?: 'uuid' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  uuid: string = randomUUID();

  @ManyToOne(() => AgreementVersion, { ref: true, deleteRule: 'cascade' })
  agreementVersion!: Ref<AgreementVersion>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
