import { Arg, Args, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Connection, PageArgs, paginate, type Page } from '../../graphql/relay/connection.js';
import { userError } from '../../graphql/relay/user-error.js';
import { currentUser, isViewer } from '../../auth/current-user.js';
import { StreamEvent } from '../../events/stream-event.entity.js';
import { User } from '../accounts/user.entity.js';
import { OutcomePayload } from '../accounts/accounts.types.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { ApiError, ErrorCode, UserErrorCode } from '../../graphql/errors.js';
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

const NotificationConnection = Connection(StreamEventType, 'Notification');

@InputType({ description: 'How far you have read your notifications.' })
export class MarkNotificationsReadInput {
  @Field(() => Int, { description: 'The seq of the newest notification seen; it never moves back.' })
  upToSeq!: number;
}

@Resolver(() => User)
export class UserNotificationsResolver {
  @FieldResolver(() => NotificationConnection, { nullable: true, description: 'Your notifications, newest first; null for anyone else.' })
  async notifications(@Root() user: User, @Args(() => PageArgs) args: PageArgs, @Ctx() context: GraphQLContext): Promise<Page<StreamEventType> | null> {
    if (!isViewer(context, user)) return null;
    assertAllowed(context.viewer, [Scope.PROFILE_READ]);
    const page = await paginate(context.em, StreamEvent, { streamId: userStream(user.uuid) }, args, { seq: 'desc' });
    const nodes = page.nodes.map((event) => toStreamEventType({ ...event, actorId: event.actorId ?? null }));
    return { ...page, nodes, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: nodes[index]! })) };
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many notifications you have not marked read; null for anyone else.' })
  async unreadNotificationCount(@Root() user: User, @Ctx() context: GraphQLContext): Promise<number | null> {
    if (!isViewer(context, user)) return null;
    return Math.max(0, (await context.realtime.head(userStream(user.uuid))) - user.notificationsReadSeq);
  }

  @Authorized(Scope.PROFILE_WRITE)
  @Mutation(() => OutcomePayload, { description: 'Marks your notifications read up to a seq.' })
  async markNotificationsRead(
    @Arg('input', () => MarkNotificationsReadInput, { description: 'The seq of the newest notification seen.' }) input: MarkNotificationsReadInput,
    @Ctx() context: GraphQLContext,
  ): Promise<OutcomePayload> {
    const user = currentUser(context);
    const head = await context.realtime.head(userStream(user.uuid));
    if (!Number.isInteger(input.upToSeq) || input.upToSeq < 0 || input.upToSeq > head) {
      return { ok: false, userErrors: [userError('upToSeq', UserErrorCode.OUT_OF_RANGE, `Mark a seq between 0 and ${head}.`)] };
    }
    await context.em.execute(`update users set notifications_read_seq = greatest(notifications_read_seq, ?) where uuid = ?`, [input.upToSeq, user.uuid]);
    return { ok: true, userErrors: [] };
  }
}
