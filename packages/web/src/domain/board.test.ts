import { describe, expect, it } from 'vitest';
import {
  applyBoardEvent,
  boardFromApi,
  byPosition,
  comparePositions,
  conflictRows,
  draftOf,
  dropIndex,
  dropNeighbours,
  goalProgress,
  goalsInLane,
  keyBetween,
  localLanePosition,
  localPosition,
  mergeDrafts,
  placeGoal,
  placeLane,
  updateFields,
  type BoardState,
  type GoalFromApi,
} from './board';

function apiGoal(id: string, laneId: string, position: string, extra: Partial<GoalFromApi> = {}): GoalFromApi {
  return {
    id,
    title: id.toUpperCase(),
    description: '',
    whyItMatters: '',
    linkedSkills: [],
    targetDate: null,
    owner: null,
    laneId,
    position,
    version: 1,
    archivedAt: null,
    progress: { percent: 0, manual: false },
    milestones: [],
    ...extra,
  };
}

function board(): BoardState {
  return boardFromApi({
    lanes: [
      { id: 'l2', name: 'In progress', position: 'a1', goals: [apiGoal('c', 'l2', 'a0')] },
      { id: 'l1', name: 'Not started', position: 'a0', goals: [apiGoal('b', 'l1', 'a1'), apiGoal('a', 'l1', 'a0')] },
      { id: 'l3', name: 'Done', position: 'a2', goals: [] },
    ],
    archivedGoals: [apiGoal('z', 'l3', 'a0', { archivedAt: '2026-01-01T00:00:00Z' })],
  });
}

const ids = (state: BoardState, lane: string) => goalsInLane(state, lane).map((goal) => goal.id);

describe('ordering', () => {
  it('compares sort keys byte by byte, not by locale', () => {
    // localeCompare would put "a" before "B" and "Zz" after "a"; the server's order is by code unit.
    expect(['a', 'B', 'Zz', 'a0', 'A'].sort((x, y) => comparePositions(x, y))).toEqual(['A', 'B', 'Zz', 'a', 'a0']);
    expect([{ position: 'b' }, { position: 'Z' }].sort(byPosition).map((item) => item.position)).toEqual(['Z', 'b']);
  });

  it('orders lanes and cards by position and leaves archived cards out', () => {
    const state = board();
    expect(state.lanes.map((lane) => lane.id)).toEqual(['l1', 'l2', 'l3']);
    expect(ids(state, 'l1')).toEqual(['a', 'b']);
    expect(ids(state, 'l3')).toEqual([]);
    expect(state.goals.z?.archived).toBe(true);
  });
});

describe('applying board events', () => {
  it('adds a created goal from its snapshot', () => {
    const state = applyBoardEvent(board(), {
      seq: 1,
      type: 'goal.created',
      payload: { goalId: 'n', laneId: 'l1', position: 'a0V', title: 'New', description: '', whyItMatters: '', linkedSkills: ['SQL'], targetDate: null, ownerId: 'u1', progressOverride: null, version: 1, archived: false, milestones: [] },
    });
    expect(ids(state, 'l1')).toEqual(['a', 'n', 'b']);
    expect(state.goals.n).toMatchObject({ title: 'New', linkedSkills: ['SQL'], ownerId: 'u1', version: 1 });
  });

  it('updates a goal from its snapshot but keeps its milestones, and never goes back a version', () => {
    let state = applyBoardEvent(board(), { type: 'milestone.added', payload: { goalId: 'a', milestoneId: 'm1', title: 'Draft', done: false, dueOn: null, position: 'a0' } });
    state = applyBoardEvent(state, { type: 'goal.updated', payload: { goalId: 'a', title: 'Renamed', version: 3, progressOverride: 40, laneId: 'l1', position: 'a0' } });
    expect(state.goals.a).toMatchObject({ title: 'Renamed', version: 3, progressOverride: 40 });
    expect(state.goals.a?.milestones.map((m) => m.id)).toEqual(['m1']);
    const stale = applyBoardEvent(state, { type: 'goal.updated', payload: { goalId: 'a', title: 'Old', version: 2 } });
    expect(stale.goals.a?.title).toBe('Renamed');
  });

  it('moves, archives and restores', () => {
    let state = applyBoardEvent(board(), { type: 'goal.moved', payload: { goalId: 'a', laneId: 'l3', position: 'a0' } });
    expect(ids(state, 'l1')).toEqual(['b']);
    expect(ids(state, 'l3')).toEqual(['a']);
    state = applyBoardEvent(state, { type: 'goal.archived', payload: { goalId: 'a', title: 'A' } });
    expect(ids(state, 'l3')).toEqual([]);
    state = applyBoardEvent(state, { type: 'goal.restored', payload: { goalId: 'z', title: 'Z' } });
    expect(ids(state, 'l3')).toEqual(['z']);
  });

  it('adds, ticks off and removes milestones, and renames lanes', () => {
    let state = applyBoardEvent(board(), { type: 'milestone.added', payload: { goalId: 'b', milestoneId: 'm2', title: 'Two', done: false, dueOn: null, position: 'a1' } });
    state = applyBoardEvent(state, { type: 'milestone.added', payload: { goalId: 'b', milestoneId: 'm1', title: 'One', done: false, dueOn: '2027-01-01', position: 'a0' } });
    expect(state.goals.b?.milestones.map((m) => m.id)).toEqual(['m1', 'm2']);
    state = applyBoardEvent(state, { type: 'milestone.updated', payload: { goalId: 'b', milestoneId: 'm1', title: 'One', done: true, dueOn: '2027-01-01' } });
    expect(state.goals.b?.milestones[0]).toMatchObject({ done: true, position: 'a0' });
    expect(goalProgress(state.goals.b!)).toEqual({ percent: 50, manual: false });
    state = applyBoardEvent(state, { type: 'milestone.removed', payload: { goalId: 'b', milestoneId: 'm2' } });
    expect(goalProgress(state.goals.b!)).toEqual({ percent: 100, manual: false });
    state = applyBoardEvent(state, { type: 'lane.renamed', payload: { laneId: 'l3', name: 'Finished' } });
    expect(state.lanes[2]?.name).toBe('Finished');
  });

  it('ignores unknown goals and event types', () => {
    const state = board();
    expect(applyBoardEvent(state, { type: 'goal.moved', payload: { goalId: 'nope', laneId: 'l1', position: 'a' } })).toBe(state);
    expect(applyBoardEvent(state, { type: 'something.else', payload: null })).toBe(state);
  });

  it('marks progress set by hand', () => {
    expect(goalProgress({ progressOverride: 70, milestones: [] })).toEqual({ percent: 70, manual: true });
    expect(goalProgress({ progressOverride: null, milestones: [] })).toEqual({ percent: 0, manual: false });
  });
});

describe('dropping a card', () => {
  it('finds the neighbours at a drop index, without the moving card', () => {
    expect(dropNeighbours(['a', 'b', 'c'], 'x', 0)).toEqual({ afterId: null, beforeId: 'a' });
    expect(dropNeighbours(['a', 'b', 'c'], 'x', 2)).toEqual({ afterId: 'b', beforeId: 'c' });
    expect(dropNeighbours(['a', 'b', 'c'], 'x', 3)).toEqual({ afterId: 'c', beforeId: null });
    expect(dropNeighbours(['a', 'b', 'c'], 'a', 1)).toEqual({ afterId: 'b', beforeId: 'c' });
    expect(dropNeighbours([], 'a', 5)).toEqual({ afterId: null, beforeId: null });
  });

  it('turns the card dropped on into an index', () => {
    // Down within a lane: after the card dropped on; up: before it.
    expect(dropIndex(['a', 'b', 'c'], 'a', 'c', true)).toBe(2);
    expect(dropIndex(['a', 'b', 'c'], 'c', 'a', true)).toBe(0);
    // From another lane: before the card; on the lane itself: at the end.
    expect(dropIndex(['a', 'b'], 'x', 'b', false)).toBe(1);
    expect(dropIndex(['a', 'b'], 'x', null, false)).toBe(2);
  });

  it('makes a local key between two neighbours', () => {
    const pairs: [string | null, string | null][] = [
      [null, null],
      ['a0', null],
      [null, 'a0'],
      ['a0', 'a1'],
      ['a0', 'a0V'],
      ['a0', 'a00'],
      ['Zz', 'a'],
    ];
    for (const [lo, hi] of pairs) {
      const key = keyBetween(lo, hi);
      if (lo !== null) expect(comparePositions(lo, key)).toBe(-1);
      if (hi !== null) expect(comparePositions(key, hi)).toBe(-1);
    }
  });

  it('shows a move at once, between the neighbours', () => {
    let state = board();
    const { afterId, beforeId } = dropNeighbours(ids(state, 'l1'), 'c', 1);
    state = placeGoal(state, 'c', 'l1', localPosition(state, 'l1', afterId, beforeId));
    expect(ids(state, 'l1')).toEqual(['a', 'c', 'b']);
    state = placeGoal(state, 'a', 'l3', localPosition(state, 'l3', null, null));
    expect(ids(state, 'l3')).toEqual(['a']);
  });
});

describe('reordering lanes', () => {
  const lanes = (state: BoardState) => state.lanes.map((lane) => lane.id);

  it('applies a lane moved by the other person, keeping lanes in position order', () => {
    const state = applyBoardEvent(board(), { seq: 4, type: 'lane.moved', payload: { laneId: 'l3', name: 'Done', position: 'Zz' } });
    expect(lanes(state)).toEqual(['l3', 'l1', 'l2']);
    expect(applyBoardEvent(board(), { seq: 5, type: 'lane.moved', payload: { laneId: 'nope', position: 'Zz' } })).toEqual(board());
  });

  it('moves a lane left or right at once, between its new neighbours', () => {
    const state = board();
    // "Move left" on Done: between Not started and In progress.
    const { afterId, beforeId } = dropNeighbours(lanes(state), 'l3', 1);
    expect([afterId, beforeId]).toEqual(['l1', 'l2']);
    const moved = placeLane(state, 'l3', localLanePosition(state, afterId, beforeId));
    expect(lanes(moved)).toEqual(['l1', 'l3', 'l2']);
    // To the front and to the end.
    expect(lanes(placeLane(state, 'l2', localLanePosition(state, null, 'l1')))).toEqual(['l2', 'l1', 'l3']);
    expect(lanes(placeLane(state, 'l1', localLanePosition(state, 'l3', null)))).toEqual(['l2', 'l3', 'l1']);
  });
});

describe('conflicts', () => {
  const base = draftOf(board().goals.a!);

  it('lists the fields that differ, who changed them, and suggests a merge', () => {
    const mine = { ...base, title: 'Mine', description: 'Both' };
    const theirs = { ...base, description: 'Theirs', targetDate: '2027-05-01' };
    const rows = conflictRows(base, mine, theirs);
    expect(rows.map((row) => [row.field, row.youChanged, row.theyChanged, row.clash, row.suggested])).toEqual([
      ['title', true, false, false, 'mine'],
      ['description', true, true, true, 'mine'],
      ['targetDate', false, true, false, 'theirs'],
    ]);
    const merged = mergeDrafts(mine, theirs, { title: 'mine', description: 'theirs', targetDate: 'theirs' });
    expect(merged).toMatchObject({ title: 'Mine', description: 'Theirs', targetDate: '2027-05-01' });
    expect(updateFields(theirs, merged)).toEqual({ title: 'Mine' });
  });

  it('compares lists by their items', () => {
    const rows = conflictRows(base, { ...base, linkedSkills: ['SQL'] }, { ...base, linkedSkills: ['SQL'] });
    expect(rows).toEqual([]);
  });
});
