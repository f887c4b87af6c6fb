import {
  Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { ApiError, ErrorCode } from '../../graphql/errors.js';
import { USER_ERRORS_DESCRIPTION, UserError } from '../../graphql/relay/user-error.js';
import { globalId, idOfType } from '../../graphql/relay/node.js';
import { assertAllowed } from '../../auth/auth-checker.js';
import { currentUser } from '../../auth/current-user.js';
import { Scope } from '../../auth/scopes.js';
import { StreamEventType } from '../../events/stream-event.types.js';
import { roomStream } from '../../events/room-stream.js';
import { OutcomePayload } from '../accounts/accounts.types.js';
import { PresenceStatus } from '../live-sessions/live-sessions.resolver.js';
import { ActionItem } from '../live-sessions/action-item.entity.js';
import type { Outcome } from '../accounts/accounts.service.js';
import { User } from '../accounts/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { OPEN_MENTORSHIP_STATUSES } from '../mentorships/mentorship.types.js';
import { BoardLane, GoalBoard } from './goal-board.entity.js';
import { Goal, Milestone } from './goal.entity.js';
import { boardStream } from './goal-boards.service.js';

@InputType({ description: 'A new goal card on a board.' }) export class CreateGoalInput {
  @Field(() => ID, { description: 'A `GoalBoard` id.' }) boardId!: string;
  @Field(() => ID, { description: 'A `BoardLane` id of that board.' }) laneId!: string;
  @Field(() => String, { description: 'The goal, 1 to 200 characters.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Details, at most 4,000 characters.' }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Why it matters, at most 1,000 characters.' }) whyItMatters?: string | null;
  @Field(() => [String], { nullable: true, description: 'Skills it develops, at most 10 of at most 60 characters.' }) linkedSkills?: string[] | null;
  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`.' }) targetDate?: string | null;
  @Field(() => ID, { nullable: true, description: "The mentor's or mentee's `User` id; null for no owner." }) ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Place it right after this card; neither: at the end of the lane.' }) afterId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Place it right before this card.' }) beforeId?: string | null;
  @Field(() => String, { description: 'Your own unique id for this goal: creating again with it gives the same goal once.' }) clientMutationId!: string;
}
@InputType({ description: "Changes to a goal's content; fields left out keep their value." }) export class UpdateGoalInput {
  @Field(() => ID, { description: 'A `Goal` id.' }) id!: string;
  @Field(() => Int, { description: 'The version your edit started from; CONFLICT if it has moved on.' }) expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'The goal, 1 to 200 characters.' }) title?: string;
  @Field(() => String, { nullable: true, description: 'Details, at most 4,000 characters.' }) description?: string;
  @Field(() => String, { nullable: true, description: 'Why it matters, at most 1,000 characters.' }) whyItMatters?: string;
  @Field(() => [String], { nullable: true, description: 'Skills it develops, at most 10; replaces the whole list.' }) linkedSkills?: string[];
  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`; null clears it.' }) targetDate?: string | null;
  @Field(() => ID, { nullable: true, description: "The mentor's or mentee's `User` id; null for no owner." }) ownerId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Set progress by hand (0 to 100); null hands it back to the milestones.' }) progressOverride?: number | null;
}
@InputType({ description: 'Where to move a goal card.' }) export class MoveGoalInput {
  @Field(() => ID, { description: 'A `Goal` id.' }) id!: string;
  @Field(() => ID, { description: 'The `BoardLane` id it goes to.' }) laneId!: string;
  @Field(() => ID, { nullable: true, description: 'Place it right after this card; neither this nor `beforeId`: at the end of the lane.' }) afterId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Place it right before this card.' }) beforeId?: string | null;
}
@InputType({ description: 'The goal to act on.' }) export class GoalIdInput {
  @Field(() => ID, { description: 'A `Goal` id.' }) id!: string;
}
@InputType({ description: 'A new step towards a goal, added at the end.' }) export class AddMilestoneInput {
  @Field(() => ID, { description: 'A `Goal` id.' }) goalId!: string;
  @Field(() => String, { description: 'The step, 1 to 200 characters.' }) title!: string;
  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`; null for no due date.' }) dueOn?: string | null;
}
@InputType({ description: 'Changes to a milestone; fields left out keep their value.' }) export class UpdateMilestoneInput {
  @Field(() => ID, { description: 'A `Milestone` id.' }) milestoneId!: string;
  @Field(() => String, { nullable: true, description: 'The step, 1 to 200 characters.' }) title?: string | null;
  @Field(() => String, { nullable: true, description: '`YYYY-MM-DD`; null clears it.' }) dueOn?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether it is done.' }) done?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'True removes it.' }) remove?: boolean | null;
}
@InputType({ description: 'A new name for a lane.' }) export class RenameLaneInput {
  @Field(() => ID, { description: 'A `BoardLane` id.' }) laneId!: string;
  @Field(() => String, { description: 'The new name, 1 to 40 characters.' }) name!: string;
}

@InputType({ description: 'Where a lane moves to, between two neighbours.' }) export class MoveLaneInput {
  @Field(() => ID, { description: 'A `BoardLane` id.' }) laneId!: string;
  @Field(() => ID, { nullable: true, description: 'Place it right after this lane; neither: last.' }) afterId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Place it right before this lane.' }) beforeId?: string | null;
}

@InputType({ description: 'Where you are on a board, and what you are editing.' }) export class SignalBoardActivityInput {
  @Field(() => ID, { description: 'A `GoalBoard` id.' }) boardId!: string;
  @Field(() => ID, { nullable: true, description: 'The goal you have open, if any.' }) goalId?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'True while you edit `goalId`.' }) editing!: boolean;
  @Field(() => PresenceStatus, { defaultValue: PresenceStatus.ONLINE, description: 'OFFLINE when you leave the board.' }) status!: PresenceStatus;
}

@InputType({ description: 'Which action item becomes a milestone of which goal.' }) export class ConvertActionItemToMilestoneInput {
  @Field(() => ID, { description: 'An action item of a live session.' }) actionItemId!: string;
  @Field(() => ID, { description: "A goal on the board of the session's mentorship." }) goalId!: string;
}

@ObjectType({ description: 'The result of a mutation on a goal.' }) export class GoalPayload {

  @Field(() => Goal, { nullable: true, description: 'On CONFLICT: the goal as it now is, with the other person\'s change.' }) goal!: Goal | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}
@ObjectType({ description: 'The result of a mutation on a milestone.' }) export class MilestonePayload {
  @Field(() => Milestone, { nullable: true, description: 'The milestone as it now is (as it was, when removed); null when nothing was changed.' }) milestone!: Milestone | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}
@ObjectType({ description: 'The result of renaming or moving a lane.' }) export class LanePayload {
  @Field(() => BoardLane, { nullable: true, description: 'The lane as it now is; null when nothing was changed.' }) lane!: BoardLane | null;
  @Field(() => [UserError], { description: USER_ERRORS_DESCRIPTION }) userErrors!: UserError[];
}
@ObjectType({ description: "A goal's progress." }) export class GoalProgress {
  @Field(() => Int, { description: '0 to 100.' }) percent!: number;
  @Field(() => Boolean, { description: 'Set by hand rather than from the milestones.' }) manual!: boolean;
}
@ObjectType({ description: 'One line of the board\'s activity feed.' }) export class BoardActivity {
  @Field(() => Int, { description: 'The board stream seq of the change.' }) seq!: number;
  @Field(() => String, { description: 'E.g. "Ana moved “Lead a design review” to Done".' }) sentence!: string;
  @Field(() => Date, { description: 'When it happened.' }) at!: Date;
}

const goalPayload = (result: Outcome<Goal>): GoalPayload => (result.ok ? { goal: result.value, userErrors: [] } : { goal: null, userErrors: result.userErrors });

@Resolver(() => GoalBoard)
export class GoalBoardsResolver {
  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => GoalPayload, { description: 'Adds a goal card; idempotent per `clientMutationId`.' })
  async createGoal(@Arg('input', () => CreateGoalInput, { description: 'The board, lane and goal.' }) input: CreateGoalInput, @Ctx() context: GraphQLContext) {
    return goalPayload(await context.services.goalBoards.createGoal(context.em, currentUser(context), { ...input }));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => GoalPayload, { description: 'Edits a goal; a stale `expectedVersion` gets CONFLICT with the current goal, never a silent overwrite.' })
  updateGoal(@Arg('input', () => UpdateGoalInput, { description: 'The goal, the version you edited and what to change.' }) input: UpdateGoalInput, @Ctx() context: GraphQLContext): Promise<GoalPayload> {
    return context.services.goalBoards.updateGoal(context.em, currentUser(context), { ...input });
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => GoalPayload, { description: 'Moves a card to a lane, between two neighbours (or to the end). Simultaneous moves all succeed.' })
  async moveGoal(@Arg('input', () => MoveGoalInput, { description: 'The goal and where it goes.' }) input: MoveGoalInput, @Ctx() context: GraphQLContext) {
    return goalPayload(await context.services.goalBoards.moveGoal(context.em, currentUser(context), input));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => GoalPayload, { description: 'Takes a goal off the board; it stays in `archivedGoals` and can be restored.' })
  async archiveGoal(@Arg('input', () => GoalIdInput, { description: 'The goal to archive.' }) input: GoalIdInput, @Ctx() context: GraphQLContext) {
    return goalPayload(await context.services.goalBoards.setArchived(context.em, currentUser(context), input.id, true));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => GoalPayload, { description: 'Puts an archived goal back on the board, in the lane it was in.' })
  async restoreGoal(@Arg('input', () => GoalIdInput, { description: 'The goal to restore.' }) input: GoalIdInput, @Ctx() context: GraphQLContext) {
    return goalPayload(await context.services.goalBoards.setArchived(context.em, currentUser(context), input.id, false));
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MilestonePayload, { description: 'Adds a milestone to a goal, after its others.' })
  async addMilestone(@Arg('input', () => AddMilestoneInput, { description: 'The goal and the milestone.' }) input: AddMilestoneInput, @Ctx() context: GraphQLContext): Promise<MilestonePayload> {
    const result = await context.services.goalBoards.addMilestone(context.em, currentUser(context), input);
    return result.ok ? { milestone: result.value, userErrors: [] } : { milestone: null, userErrors: result.userErrors };
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MilestonePayload, { description: 'Changes, ticks off, or removes a milestone.' })
  async updateMilestone(@Arg('input', () => UpdateMilestoneInput, { description: 'The milestone and what to change.' }) input: UpdateMilestoneInput, @Ctx() context: GraphQLContext): Promise<MilestonePayload> {
    const result = await context.services.goalBoards.updateMilestone(context.em, currentUser(context), { ...input });
    return result.ok ? { milestone: result.value, userErrors: [] } : { milestone: null, userErrors: result.userErrors };
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => MilestonePayload, {
    description:
      "Makes a session's action item a milestone (its title and due date) of a goal on the same mentorship's board. Once per action item; asking again for the same goal returns that milestone.",
  })
  async convertActionItemToMilestone(
    @Arg('input', () => ConvertActionItemToMilestoneInput, { description: 'The action item and the goal.' }) input: ConvertActionItemToMilestoneInput,
    @Ctx() context: GraphQLContext,
  ): Promise<MilestonePayload> {
    const result = await context.services.goalBoards.convertActionItem(context.em, currentUser(context), input);
    return result.ok ? { milestone: result.value, userErrors: [] } : { milestone: null, userErrors: result.userErrors };
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => LanePayload, { description: 'Renames a lane of a board.' })
  async renameLane(@Arg('input', () => RenameLaneInput, { description: 'The lane and its new name.' }) input: RenameLaneInput, @Ctx() context: GraphQLContext): Promise<LanePayload> {
    const result = await context.services.goalBoards.renameLane(context.em, currentUser(context), input);
    return result.ok ? { lane: result.value, userErrors: [] } : { lane: null, userErrors: result.userErrors };
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => LanePayload, { description: 'Reorders a lane: puts it between two lanes of its board (or last). Simultaneous moves all succeed.' })
  async moveLane(@Arg('input', () => MoveLaneInput, { description: 'The lane and its new neighbours.' }) input: MoveLaneInput, @Ctx() context: GraphQLContext): Promise<LanePayload> {
    const result = await context.services.goalBoards.moveLane(context.em, currentUser(context), input);
    return result.ok ? { lane: result.value, userErrors: [] } : { lane: null, userErrors: result.userErrors };
  }

  @Authorized(Scope.SESSIONS_WRITE)
  @Mutation(() => OutcomePayload, {
    description:
      'Tells your partner you are on the board and which goal you are editing (every 5 s or so, and on each change). Never stored; others drop it after 15 s without a renewal.',
  })
  async signalBoardActivity(@Arg('input', () => SignalBoardActivityInput, { description: 'The board and what you are doing on it.' }) input: SignalBoardActivityInput, @Ctx() context: GraphQLContext): Promise<OutcomePayload> {
    const userErrors = await context.services.goalBoards.signalActivity(context.em, currentUser(context), input);
    return { ok: userErrors.length === 0, userErrors };
  }

  @Subscription(() => StreamEventType, {
    description:
      'Every change to a board, in order: replays after `after`, then live, with who is on the board and editing what (`presence`, ephemeral: no seq). Ends if you lose access. Tokens need `sessions:read`.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { boardId: string; after: number }, GraphQLContext>) => {
      assertAllowed(context.viewer, [Scope.SESSIONS_READ]);
      const userUuid = context.viewer.user.uuid;
      const uuid = idOfType(args.boardId, 'GoalBoard');
      const { goalBoards } = context.services;
      if (!uuid || !(await goalBoards.access(context.em.fork(), userUuid, uuid))) throw new ApiError(ErrorCode.FORBIDDEN, 'No such board of yours.');
      return roomStream(context, boardStream(uuid), args.after, async () => Boolean(await goalBoards.access(context.em.fork(), userUuid, uuid)));
    },
  })
  boardEvents(
    @Root() event: StreamEventType,
    @Arg('boardId', () => ID, { description: 'A `GoalBoard` id of yours.' }) _boardId: string,
    @Arg('after', () => Int, { defaultValue: 0, description: 'The last seq you received; 0 for everything.' }) _after: number,
  ): StreamEventType {
    return event;
  }

  @FieldResolver(() => [BoardLane], { description: 'Its lanes, in order.' })
  async lanes(@Root() board: GoalBoard, @Ctx() context: GraphQLContext): Promise<BoardLane[]> {
    return [...(await context.loaders.goalBoards.snapshot(board)).lanes];
  }

  @FieldResolver(() => [Goal], { description: 'Archived goals, most recent first.' })
  async archivedGoals(@Root() board: GoalBoard, @Ctx() context: GraphQLContext): Promise<Goal[]> {
    return [...(await context.loaders.goalBoards.snapshot(board)).archivedGoals];
  }

  @FieldResolver(() => Int, { description: "The board stream's latest seq: subscribe with `after` set to it." })
  head(@Root() board: GoalBoard, @Ctx() context: GraphQLContext): Promise<number> {
    return context.loaders.goalBoards.head(board);
  }

  @FieldResolver(() => [BoardActivity], { description: 'The latest changes, newest first, as sentences (at most 50).' })
  async activity(@Root() board: GoalBoard, @Arg('first', () => Int, { defaultValue: 20, description: 'How many lines, 1 to 50.' }) first: number, @Ctx() context: GraphQLContext): Promise<BoardActivity[]> {
    const snapshot = await context.loaders.goalBoards.snapshot(board);
    return snapshot.activity(Math.min(Math.max(first, 1), 50));
  }
}

@Resolver(() => BoardLane)
export class BoardLanesResolver {
  @FieldResolver(() => [Goal], { description: 'Its goals, in order (archived ones left out).' })
  goals(@Root() lane: BoardLane, @Ctx() context: GraphQLContext): Promise<Goal[]> {
    return context.loaders.goalBoards.goalsInLane(lane);
  }
}

@Resolver(() => Goal)
export class GoalsResolver {
  @FieldResolver(() => [Milestone], { description: 'Its milestones, in order.' })
  milestones(@Root() goal: Goal, @Ctx() context: GraphQLContext): Promise<Milestone[]> {
    return context.loaders.goalBoards.milestones(goal);
  }

  @FieldResolver(() => GoalProgress, { description: 'How far along it is: from its milestones, or set by hand.' })
  async progress(@Root() goal: Goal, @Ctx() context: GraphQLContext): Promise<GoalProgress> {
    const milestones = goal.progressOverride === null ? await context.loaders.goalBoards.milestones(goal) : [];
    return context.services.goalBoards.progress(goal, milestones);
  }

  @FieldResolver(() => ID, { description: 'The lane it is in.' })
  laneId(@Root() goal: Goal): string {
    return globalId('BoardLane', goal.lane.unwrap().uuid);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who owns it; null when nobody does.' })
  owner(@Root() goal: Goal, @Ctx() context: GraphQLContext): Promise<User | null> {
    return context.loaders.goalBoards.owner(goal);
  }
}

@Resolver(() => Milestone)
export class MilestonesResolver {
  @FieldResolver(() => Goal, { description: 'The goal it belongs to.' })
  goal(@Root() milestone: Milestone, @Ctx() context: GraphQLContext): Promise<Goal> {
    return context.em.findOneOrFail(Goal, { uuid: milestone.goal.unwrap().uuid });
  }
}

@Resolver(() => ActionItem)
export class ActionItemMilestoneResolver {
  @FieldResolver(() => Milestone, { nullable: true, description: 'The board milestone made from it, if any.' })
  milestone(@Root() item: ActionItem, @Ctx() context: GraphQLContext): Promise<Milestone | null> {
    return context.em.findOne(Milestone, { fromActionItem: item.uuid });
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
