import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from '../services.js';
import { GoalBoardLoaders } from '../modules/goal-boards/goal-board.loaders.js';

/** Batching for one request or subscription event, on its own entity manager; one group per module. */
export type RequestLoaders = { goalBoards: GoalBoardLoaders };

export function createLoaders(em: EntityManager, services: Services): RequestLoaders {
  return { goalBoards: new GoalBoardLoaders(em, services.goalBoards) };
}
