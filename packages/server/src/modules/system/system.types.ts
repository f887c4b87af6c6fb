import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Facts about the server instance that answered.' })
export class ServerInfo {
  @Field(() => String, { description: 'The Mentorspace version.' })
  version!: string;

  @Field(() => String, {
    description: 'Which replica answered; several instances behind a load balancer each have their own.',
  })
  instanceId!: string;

  @Field(() => Date, { description: 'The server clock when it answered.' })
  time!: Date;
}
