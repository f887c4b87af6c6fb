import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../accounts/user.entity.js';
import type { GoalBoardsService } from './goal-boards.service.js';
import type { Goal, Milestone } from './goal.entity.js';

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

  constructor(em: EntityManager, service: GoalBoardsService) {
    this.goalsOfLanes = new DataLoader((laneUuids) => service.goalsInLanes(em, laneUuids), { cache: false });
    this.milestonesOfGoals = new DataLoader((goalUuids) => service.milestonesOfGoals(em, goalUuids), { cache: false });
    this.usersByUuid = new DataLoader((userUuids) => service.users(em, userUuids), { cache: false });
  }

  goalsInLane(laneUuid: string): Promise<Goal[]> {
    return this.goalsOfLanes.load(laneUuid);
  }

  milestones(goal: Goal): Promise<Milestone[]> {
    return this.milestonesOfGoals.load(goal.uuid);
  }

  owner(goal: Goal): Promise<User | null> {
    return goal.owner ? this.usersByUuid.load(goal.owner.unwrap().uuid) : Promise.resolve(null);
  }
}
