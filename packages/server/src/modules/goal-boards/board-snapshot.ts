import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import type { Realtime } from '../../events/realtime.js';
import { activitySentence } from './activity.js';
import { BoardLane, type GoalBoard } from './goal-board.entity.js';
import { Goal, Milestone } from './goal.entity.js';

/** One line of the activity feed (the `BoardActivity` GraphQL type's shape). */
export type ActivityLine = { seq: number; sentence: string; at: Date };

/**
 * What the board query reads below a board (lanes, live and archived goals,
 * every goal's milestones, the activity feed), as of one head of the board's
 * stream. Every change to those rows appends a board event in the same
 * transaction (GoalBoardsService), so a board whose head has not moved has not
 * changed: repeated reads at one head share one snapshot instead of reading
 * and hydrating the rows again. Owners are not in it (a user's name changes
 * without a board event): they are read per request, as before.
 *
 * Its entities belong to a fork of their own and are only read, never changed
 * or flushed; the sets they come in are frozen with the snapshot.
 */
export type BoardSnapshot = {
  head: number;
  lanes: readonly BoardLane[];
  archivedGoals: readonly Goal[];
  activity(first: number): Promise<ActivityLine[]>;
};

/** A snapshot's lanes and goals → their goals and milestones (the resolvers ask by entity). */
const goalsOfSnapshotLane = new WeakMap<BoardLane, Goal[]>();
const milestonesOfSnapshotGoal = new WeakMap<Goal, Milestone[]>();

export const snapshotGoalsOf = (lane: BoardLane): Goal[] | undefined => goalsOfSnapshotLane.get(lane);
export const snapshotMilestonesOf = (goal: Goal): Milestone[] | undefined => milestonesOfSnapshotGoal.get(goal);

const byPosition = <T extends { position: string }>(a: T, b: T) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0);

/** The latest snapshot of each recently read board, in this process (each instance keeps its own: the head comes from Postgres). */
export class BoardSnapshots {
  // A 200-goal board's snapshot is about 1,000 entities (1 to 2 MB); most boards are far smaller.
  private readonly latest = new LRUCache<string, { head: number; snapshot: Promise<BoardSnapshot> }>({ max: 256 });

  constructor(private readonly realtime: Realtime) {}

  /**
   * The board as of `head` (read by the caller before this). Rows read after
   * the head was read are at least that new, so a snapshot filed under a head
   * never shows less than it; a newer head makes a new one.
   */
  at(em: EntityManager, board: GoalBoard, streamId: string, head: number): Promise<BoardSnapshot> {
    const cached = this.latest.get(board.uuid);
    if (cached && cached.head === head) return cached.snapshot;
    const snapshot = this.read(em.fork(), board.uuid, streamId, head);
    if (!cached || cached.head < head) {
      const entry = { head, snapshot };
      this.latest.set(board.uuid, entry);
      snapshot.catch(() => {
        if (this.latest.get(board.uuid) === entry) this.latest.delete(board.uuid);
      });
    }
    return snapshot;
  }

  /** Forgets every snapshot (tests compare a cached read with a fresh one). */
  clear(): void {
    this.latest.clear();
  }

  private async read(em: EntityManager, boardUuid: string, streamId: string, head: number): Promise<BoardSnapshot> {
    const [lanes, goals] = await Promise.all([em.find(BoardLane, { board: boardUuid }), em.find(Goal, { board: boardUuid })]);
    const milestones = goals.length ? await em.find(Milestone, { goal: { $in: goals.map((goal) => goal.uuid) } }) : [];
    em.clear(); // the snapshot holds its entities; the fork's identity map need not hold them too
    for (const lane of lanes) goalsOfSnapshotLane.set(lane, []);
    const laneByUuid = new Map(lanes.map((lane) => [lane.uuid, lane]));
    for (const goal of goals.sort(byPosition)) {
      milestonesOfSnapshotGoal.set(goal, []);
      const lane = laneByUuid.get(goal.lane.unwrap().uuid);
      if (goal.archivedAt === null && lane) goalsOfSnapshotLane.get(lane)!.push(goal);
    }
    const goalByUuid = new Map(goals.map((goal) => [goal.uuid, goal]));
    for (const milestone of milestones.sort(byPosition)) milestonesOfSnapshotGoal.get(goalByUuid.get(milestone.goal.unwrap().uuid)!)!.push(milestone);
    const archivedGoals = goals.filter((goal) => goal.archivedAt !== null).sort((a, b) => b.archivedAt!.getTime() - a.archivedAt!.getTime());
    const activity = new Map<number, Promise<ActivityLine[]>>();
    return {
      head,
      lanes: lanes.sort(byPosition),
      archivedGoals,
      // The events up to `head` never change: each length is read once per snapshot.
      activity: (count) => {
        let lines = activity.get(count);
        if (!lines) {
          lines = this.realtime.read(streamId, Math.max(0, head - count), count).then((events) =>
            events.reverse().map((event) => ({ seq: event.seq, sentence: activitySentence(event), at: new Date(event.createdAt) })),
          );
          activity.set(count, lines);
          lines.catch(() => activity.delete(count));
        }
        return lines.then((l) => [...l]);
      },
    };
  }
}
