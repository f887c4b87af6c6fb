import { Arg, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { ApiError, ErrorCode } from '../../graphql/errors.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { Scope } from '../../auth/scopes.js';
import { RealtimeError } from '../../events/realtime.js';
import { StreamEventType, toStreamEventType } from '../../events/stream-event.types.js';
import { mapStream } from '../../events/map-stream.js';
import { userStream } from './notification-stream.js';

@Resolver()
export class NotificationsResolver {
  @Subscription(() => StreamEventType, {
    description:
      'Your notification stream: replays events after `after`, then streams new ones live, each once and in order. Needs `profile:read` for tokens.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { after: number }, GraphQLContext>) => {
      assertAllowed(context.viewer, [Scope.PROFILE_READ]);
      try {
        const items = await context.realtime.subscribe(userStream(context.viewer.user.uuid), { after: args.after });
        return mapStream(items, (item) => (item.kind === 'event' ? toStreamEventType(item.event) : undefined));
      } catch (error) {
        if (error instanceof RealtimeError && error.code === 'BAD_CURSOR') throw new ApiError(ErrorCode.BAD_CURSOR, error.message);
        throw error;
      }
    },
  })
  notificationEvents(
    @Root() event: StreamEventType,
    @Arg('after', () => Int, { defaultValue: 0, description: 'The last seq you received; 0 for everything.' }) _after: number,
  ): StreamEventType {
    return event;
  }
}
