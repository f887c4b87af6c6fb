import {
  Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { ApiError, ErrorCode } from '../../graphql/errors.js';
import { UserError } from '../../graphql/relay/user-error.js';
import { globalId, idOfType } from '../../graphql/relay/node.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { RealtimeError } from '../../events/realtime.js';
import { mapStream } from '../../events/map-stream.js';
import { StreamEventType, toStreamEventType } from '../../events/stream-event.types.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { OPEN_MENTORSHIP_STATUSES } from '../mentorships/mentorship.types.js';
import { BoardLane, GoalBoard } from './goal-board.entity.js';
import { Goal, Milestone } from './goal.entity.js';
import { boardStream } from './goal-boards.service.js';
import { activitySentence } from './activity.js';
import { retryWhileOutage } from '../../graphql/outage.js';

@InputType() export class CreateGoalInput {
  @Field(() => ID) boardId!: string;
  @Field(() => ID) laneId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) whyItMatters?: string | null;
  @Field(() => [String], { nullable: true }) linkedSkills?: string[] | null;
  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`.' }) targetDate?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Place it right after this card; neither: at the end of the lane.' }) afterId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Place it right before this card.' }) beforeId?: string | null;
  @Field(() => String, { description: 'Your own unique id for this goal: creating again with it gives the same goal once.' }) clientMutationId!: string;
}
@InputType() export class UpdateGoalInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version your edit started from; CONFLICT if it has moved on.' }) expectedVersion!: number;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => String, { nullable: true }) whyItMatters?: string;
  @Field(() => [String], { nullable: true }) linkedSkills?: string[];
  @Field(() => String, { nullable: true }) targetDate?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Set progress by hand (0 to 100); null hands it back to the milestones.' }) progressOverride?: number | null;
}
@InputType() export class MoveGoalInput {
  @Field(() => ID) id!: string;
  @Field(() => ID) laneId!: string;
  @Field(() => ID, { nullable: true }) afterId?: string | null;
  @Field(() => ID, { nullable: true }) beforeId?: string | null;
}
@InputType() export class GoalIdInput {
  @Field(() => ID) id!: string;
}
@InputType() export class AddMilestoneInput {
  @Field(() => ID) goalId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) dueOn?: string | null;
}
@InputType() export class UpdateMilestoneInput {
  @Field(() => ID) milestoneId!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) dueOn?: string | null;
  @Field(() => Boolean, { nullable: true }) done?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'True removes it.' }) remove?: boolean | null;
}
@InputType() export class RenameLaneInput {
  @Field(() => ID) laneId!: string;
  @Field(() => String) name!: string;
}

@ObjectType() export class GoalPayload {
  @Field(() => Goal, { nullable: true, description: 'On CONFLICT: the goal as it now is, with the other person\'s change.' }) goal!: Goal | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
@ObjectType() export class MilestonePayload {
  @Field(() => Milestone, { nullable: true }) milestone!: Milestone | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
@ObjectType() export class LanePayload {
  @Field(() => BoardLane, { nullable: true }) lane!: BoardLane | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
@ObjectType({ description: "A goal's progress." }) export class GoalProgress {
  @Field(() => Int, { description: '0 to 100.' }) percent!: number;
  @Field(() => Boolean, { description: 'Set by hand rather than from the milestones.' }) manual!: boolean;
}
@ObjectType({ description: 'One line of the board\'s activity feed.' }) export class BoardActivity {
  @Field(() => Int) seq!: number;
  @Field(() => String, { description: 'E.g. "Ana moved “Lead a design review” to Done".' }) sentence!: string;
  @Field(() => Date) at!: Date;
}

const goalPayload = (result: Outcome<Goal>): GoalPayload => (result.ok ? { goal: result.value, userErrors: [] } : { goal: null, userErrors: result.userErrors });

@Resolver(() => GoalBoard)
export class GoalBoardsResolver {
  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => GoalPayload, { description: 'Adds a goal card; idempotent per `clientMutationId`.' })
  async createGoal(@Arg('input', () => CreateGoalInput) input: CreateGoalInput, @Ctx() context: GraphQLContext) {
    return goalPayload(await context.services.goalBoards.createGoal(context.em, currentUser(context), { ...input }));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => GoalPayload, { description: 'Edits a goal; a stale `expectedVersion` gets CONFLICT with the current goal, never a silent overwrite.' })
  updateGoal(@Arg('input', () => UpdateGoalInput) input: UpdateGoalInput, @Ctx() context: GraphQLContext): Promise<GoalPayload> {
    return context.services.goalBoards.updateGoal(context.em, currentUser(context), { ...input });
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => GoalPayload, { description: 'Moves a card to a lane, between two neighbours (or to the end). Simultaneous moves all succeed.' })
  async moveGoal(@Arg('input', () => MoveGoalInput) input: MoveGoalInput, @Ctx() context: GraphQLContext) {
    return goalPayload(await context.services.goalBoards.moveGoal(context.em, currentUser(context), input));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => GoalPayload)
  async archiveGoal(@Arg('input', () => GoalIdInput) input: GoalIdInput, @Ctx() context: GraphQLContext) {
    return goalPayload(await context.services.goalBoards.setArchived(context.em, currentUser(context), input.id, true));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => GoalPayload)
  async restoreGoal(@Arg('input', () => GoalIdInput) input: GoalIdInput, @Ctx() context: GraphQLContext) {
    return goalPayload(await context.services.goalBoards.setArchived(context.em, currentUser(context), input.id, false));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MilestonePayload)
  async addMilestone(@Arg('input', () => AddMilestoneInput) input: AddMilestoneInput, @Ctx() context: GraphQLContext): Promise<MilestonePayload> {
    const result = await context.services.goalBoards.addMilestone(context.em, currentUser(context), input);
    return result.ok ? { milestone: result.value, userErrors: [] } : { milestone: null, userErrors: result.userErrors };
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MilestonePayload, { description: 'Changes, ticks off, or removes a milestone.' })
  async updateMilestone(@Arg('input', () => UpdateMilestoneInput) input: UpdateMilestoneInput, @Ctx() context: GraphQLContext): Promise<MilestonePayload> {
    const result = await context.services.goalBoards.updateMilestone(context.em, currentUser(context), { ...input });
    return result.ok ? { milestone: result.value, userErrors: [] } : { milestone: null, userErrors: result.userErrors };
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => LanePayload)
  async renameLane(@Arg('input', () => RenameLaneInput) input: RenameLaneInput, @Ctx() context: GraphQLContext): Promise<LanePayload> {
    const result = await context.services.goalBoards.renameLane(context.em, currentUser(context), input);
    return result.ok ? { lane: result.value, userErrors: [] } : { lane: null, userErrors: result.userErrors };
  }

  @Subscription(() => StreamEventType, {
    description: 'Every change to a board, in order: replays after `after`, then live. Ends if you lose access. Tokens need `sessions:read`.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { boardId: string; after: number }, GraphQLContext>) => {
      assertAllowed(context.viewer, [Scope.SESSIONS_READ]);
      const userUuid = context.viewer.user.uuid;
      const uuid = idOfType(args.boardId, 'GoalBoard');
      const { goalBoards } = context.services;
      if (!uuid || !(await goalBoards.access(context.em.fork(), userUuid, uuid))) throw new ApiError(ErrorCode.FORBIDDEN, 'No such board of yours.');
      let items;
      try {
        items = await context.realtime.subscribe(boardStream(uuid), { after: args.after });
      } catch (error) {
        if (error instanceof RealtimeError && error.code === 'BAD_CURSOR') throw new ApiError(ErrorCode.BAD_CURSOR, error.message);
        throw error;
      }
      return mapStream(items, async (item) => {
        if (item.kind !== 'event') return undefined;
        if (!(await retryWhileOutage(() => goalBoards.access(context.em.fork(), userUuid, uuid)))) {
          await items.return();
          return undefined;
        }
        return toStreamEventType(item.event);
      });
    },
  })
  boardEvents(
    @Root() event: StreamEventType,
    @Arg('boardId', () => ID) _boardId: string,
    @Arg('after', () => Int, { defaultValue: 0, description: 'The last seq you received; 0 for everything.' }) _after: number,
  ): StreamEventType {
    return event;
  }

  @FieldResolver(() => [BoardLane], { description: 'Its lanes, in order.' })
  lanes(@Root() board: GoalBoard, @Ctx() context: GraphQLContext): Promise<BoardLane[]> {
    return context.services.goalBoards.lanes(context.em, board);
  }

  @FieldResolver(() => [Goal], { description: 'Archived goals, most recent first.' })
  archivedGoals(@Root() board: GoalBoard, @Ctx() context: GraphQLContext): Promise<Goal[]> {
    return context.services.goalBoards.archivedGoals(context.em, board);
  }

  @FieldResolver(() => Int, { description: "The board stream's latest seq: subscribe with `after` set to it." })
  head(@Root() board: GoalBoard, @Ctx() context: GraphQLContext): Promise<number> {
    return context.realtime.head(boardStream(board.uuid));
  }

  @FieldResolver(() => [BoardActivity], { description: 'The latest changes, newest first, as sentences (at most 50).' })
  async activity(@Root() board: GoalBoard, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() context: GraphQLContext): Promise<BoardActivity[]> {
    const head = await context.realtime.head(boardStream(board.uuid));
    const count = Math.min(Math.max(first, 1), 50);
    const events = await context.realtime.read(boardStream(board.uuid), Math.max(0, head - count), count);
    return events.reverse().map((event) => ({ seq: event.seq, sentence: activitySentence(event), at: new Date(event.createdAt) }));
  }
}

@Resolver(() => BoardLane)
export class BoardLanesResolver {
  @FieldResolver(() => [Goal], { description: 'Its goals, in order (archived ones left out).' })
  goals(@Root() lane: BoardLane, @Ctx() context: GraphQLContext): Promise<Goal[]> {
    return context.services.goalBoards.goalsInLane(context.em, lane);
  }
}

@Resolver(() => Goal)
export class GoalsResolver {
  @FieldResolver(() => [Milestone], { description: 'Its milestones, in order.' })
  milestones(@Root() goal: Goal, @Ctx() context: GraphQLContext): Promise<Milestone[]> {
    return context.services.goalBoards.milestones(context.em, goal);
  }

  @FieldResolver(() => GoalProgress)
  progress(@Root() goal: Goal, @Ctx() context: GraphQLContext): Promise<GoalProgress> {
    return context.services.goalBoards.progress(context.em, goal);
  }

  @FieldResolver(() => ID, { description: 'The lane it is in.' })
  laneId(@Root() goal: Goal): string {
    return globalId('BoardLane', goal.lane.unwrap().uuid);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() goal: Goal, @Ctx() context: GraphQLContext): Promise<User | null> {
    return goal.owner ? context.em.findOne(User, { uuid: goal.owner.unwrap().uuid }) : Promise.resolve(null);
  }
}

@Resolver(() => Mentorship)
export class MentorshipBoardResolver {
  @FieldResolver(() => GoalBoard, { nullable: true, description: "The pair's goal board (created with default lanes on first look); null once the mentorship has ended." })
  async goalBoard(@Root() mentorship: Mentorship, @Ctx() context: GraphQLContext): Promise<GoalBoard | null> {
    assertAllowed(context.viewer, [Scope.SESSIONS_READ]);
    if (!OPEN_MENTORSHIP_STATUSES.includes(mentorship.status)) return null;
    return context.services.goalBoards.forMentorship(context.em, mentorship);
  }
}
