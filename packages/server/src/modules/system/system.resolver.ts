import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { version } from '../../version.js';
import { ServerInfo } from './system.types.js';

@Resolver()
export class SystemResolver {
  @Query(() => ServerInfo, { description: 'Facts about the server that answered; needs no sign-in.' })
  serverInfo(@Ctx() context: GraphQLContext): ServerInfo {
    return { version, instanceId: context.instanceId, time: new Date() };
  }
}
