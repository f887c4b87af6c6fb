import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../accounts/user.entity.js';
import type { GoalBoardsService } from './goal-boards.service.js';
import type { Goal, Milestone } from './goal.entity.js';
import type { BoardLane, GoalBoard } from './goal-board.entity.js';
import { snapshotGoalsOf, snapshotMilestonesOf, type BoardSnapshot } from './board-snapshot.js';

/**
 * A request's batching for the board: every lane's goals, every goal's
 * milestones and every owner asked for in one tick are read in one
 * statement each, so a board costs the same number of statements whatever
 * its size. They batch but do not cache (`cache: false`): a later mutation
 * field in the same document reads the rows as they are then.
 */
export class GoalBoardLoaders {
  private readonly goalsOfLanes: DataLoader<string, Goal[]>;
  private readonly milestonesOfGoals: DataLoader<string, Milestone[]>;
  private readonly usersByUuid: DataLoader<string, User | null>;
  /** Board stream heads: a board's `head`, `lanes`, `archivedGoals` and `activity` resolve in one tick and share one statement. */
  private readonly headsOfBoards: DataLoader<string, number>;

  constructor(
    private readonly em: EntityManager,
    private readonly service: GoalBoardsService,
  ) {
    this.headsOfBoards = new DataLoader((boardUuids) => service.heads(boardUuids), { cache: false });
    this.goalsOfLanes = new DataLoader((laneUuids) => service.goalsInLanes(em, laneUuids), { cache: false });
    this.milestonesOfGoals = new DataLoader((goalUuids) => service.milestonesOfGoals(em, goalUuids), { cache: false });
    this.usersByUuid = new DataLoader((userUuids) => service.users(em, userUuids), { cache: false });
  }

  head(board: GoalBoard): Promise<number> {
    return this.headsOfBoards.load(board.uuid);
  }

  /** The board's rows as of its current head (see BoardSnapshot). */
  snapshot(board: GoalBoard): Promise<BoardSnapshot> {
    return this.head(board).then((head) => this.service.snapshot(this.em, board, head));
  }

  /** A snapshot's lane answers from its snapshot; any other (e.g. a mutation's payload) from the database now. */
  goalsInLane(lane: BoardLane): Promise<Goal[]> {
    const fromSnapshot = snapshotGoalsOf(lane);
    return fromSnapshot ? Promise.resolve(fromSnapshot) : this.goalsOfLanes.load(lane.uuid);
  }

  milestones(goal: Goal): Promise<Milestone[]> {
    const fromSnapshot = snapshotMilestonesOf(goal);
    return fromSnapshot ? Promise.resolve(fromSnapshot) : this.milestonesOfGoals.load(goal.uuid);
  }

  owner(goal: Goal): Promise<User | null> {
    return goal.owner ? this.usersByUuid.load(goal.owner.unwrap().uuid) : Promise.resolve(null);
  }
}
