/**
 * The goal board's pure parts: its state as the page holds it, ordering by
 * sort key (plain strings, compared code unit by code unit — never
 * localeCompare), applying the board stream's events, the neighbours of a
 * drop, a local sort key for an optimistic move of a card or a lane, and
 * merging two versions of a goal after a CONFLICT.
 */

export interface BoardMilestone {
  id: string;
  title: string;
  done: boolean;
  dueOn: string | null;
  position: string;
}

export interface BoardGoal {
  id: string;
  title: string;
  description: string;
  whyItMatters: string;
  linkedSkills: string[];
  targetDate: string | null;
  ownerId: string | null;
  laneId: string;
  position: string;
  version: number;
  /** Progress set by hand; null when it comes from the milestones. */
  progressOverride: number | null;
  archived: boolean;
  milestones: BoardMilestone[];
}

export interface BoardLaneState {
  id: string;
  name: string;
  position: string;
}

export interface BoardState {
  lanes: BoardLaneState[];
  goals: Record<string, BoardGoal>;
}

/** A goal as the API returns it (the `GoalFields` fragment). */
export interface GoalFromApi {
  id: string;
  title: string;
  description: string;
  whyItMatters: string;
  linkedSkills: readonly string[];
  targetDate: string | null;
  owner: { id: string } | null;
  laneId: string;
  position: string;
  version: number;
  archivedAt: string | null;
  progress: { percent: number; manual: boolean };
  /** Left out for archived goals (loaded when restored). */
  milestones?: readonly BoardMilestone[];
}

/** Compares sort keys as plain strings (the server's order), not by locale. */
export function comparePositions(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byPosition<T extends { position: string; id?: string }>(a: T, b: T): number {
  return comparePositions(a.position, b.position) || comparePositions(a.id ?? '', b.id ?? '');
}

export function goalFromApi(goal: GoalFromApi): BoardGoal {
  return {
    id: goal.id,
    title: goal.title,
    description: goal.description,
    whyItMatters: goal.whyItMatters,
    linkedSkills: [...goal.linkedSkills],
    targetDate: goal.targetDate,
    ownerId: goal.owner?.id ?? null,
    laneId: goal.laneId,
    position: goal.position,
    version: goal.version,
    progressOverride: goal.progress.manual ? goal.progress.percent : null,
    archived: goal.archivedAt !== null,
    milestones: (goal.milestones ?? []).map((milestone) => ({ ...milestone })).sort(byPosition),
  };
}

export function boardFromApi(board: {
  lanes: readonly { id: string; name: string; position: string; goals: readonly GoalFromApi[] }[];
  archivedGoals: readonly GoalFromApi[];
}): BoardState {
  const goals: Record<string, BoardGoal> = {};
  for (const lane of board.lanes) for (const goal of lane.goals) goals[goal.id] = goalFromApi(goal);
  for (const goal of board.archivedGoals) goals[goal.id] = goalFromApi(goal);
  return {
    lanes: board.lanes.map(({ id, name, position }) => ({ id, name, position })).sort(byPosition),
    goals,
  };
}

/** A goal's progress: set by hand, or the share of its milestones done. */
export function goalProgress(goal: Pick<BoardGoal, 'progressOverride' | 'milestones'>): { percent: number; manual: boolean } {
  if (goal.progressOverride !== null) return { percent: goal.progressOverride, manual: true };
  const done = goal.milestones.filter((milestone) => milestone.done).length;
  return { percent: goal.milestones.length ? Math.round((done / goal.milestones.length) * 100) : 0, manual: false };
}

/** The lane's cards (archived left out), in position order. */
export function goalsInLane(state: BoardState, laneId: string): BoardGoal[] {
  return Object.values(state.goals)
    .filter((goal) => goal.laneId === laneId && !goal.archived)
    .sort(byPosition);
}

export function archivedGoals(state: BoardState): BoardGoal[] {
  return Object.values(state.goals)
    .filter((goal) => goal.archived)
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** One event of `boardEvents`. */
export interface BoardEvent {
  seq?: number | null;
  type: string;
  payload: unknown;
}

type Payload = Record<string, unknown>;
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function snapshotFields(p: Payload): Partial<BoardGoal> {
  const fields: Partial<BoardGoal> = {};
  if (typeof p.title === 'string') fields.title = p.title;
  if (typeof p.description === 'string') fields.description = p.description;
  if (typeof p.whyItMatters === 'string') fields.whyItMatters = p.whyItMatters;
  if (Array.isArray(p.linkedSkills)) fields.linkedSkills = p.linkedSkills.filter((skill): skill is string => typeof skill === 'string');
  if ('targetDate' in p) fields.targetDate = str(p.targetDate);
  if ('ownerId' in p) fields.ownerId = str(p.ownerId);
  if (typeof p.laneId === 'string') fields.laneId = p.laneId;
  if (typeof p.position === 'string') fields.position = p.position;
  if (typeof p.version === 'number') fields.version = p.version;
  if ('progressOverride' in p) fields.progressOverride = typeof p.progressOverride === 'number' ? p.progressOverride : null;
  if (typeof p.archived === 'boolean') fields.archived = p.archived;
  if (Array.isArray(p.milestones)) {
    fields.milestones = (p.milestones as Payload[]).map(milestoneFrom).sort(byPosition);
  }
  return fields;
}

function milestoneFrom(p: Payload): BoardMilestone {
  return {
    id: String(p.milestoneId ?? p.id),
    title: String(p.title ?? ''),
    done: p.done === true,
    dueOn: str(p.dueOn),
    position: String(p.position ?? ''),
  };
}

function withGoal(state: BoardState, goalId: string, change: (goal: BoardGoal) => BoardGoal): BoardState {
  const goal = state.goals[goalId];
  return goal ? { ...state, goals: { ...state.goals, [goalId]: change(goal) } } : state;
}

/**
 * The board after one event of its stream. Unknown goals (not loaded yet) and
 * unknown event types leave it as it is; a snapshot never turns back a goal's
 * version.
 */
export function applyBoardEvent(state: BoardState, event: BoardEvent): BoardState {
  const p = (event.payload && typeof event.payload === 'object' ? event.payload : {}) as Payload;
  const goalId = str(p.goalId);
  switch (event.type) {
    case 'goal.created': {
      if (!goalId) return state;
      const existing = state.goals[goalId];
      const fields = snapshotFields(p);
      const goal: BoardGoal = {
        id: goalId,
        title: '',
        description: '',
        whyItMatters: '',
        linkedSkills: [],
        targetDate: null,
        ownerId: null,
        laneId: '',
        position: '',
        version: 1,
        progressOverride: null,
        archived: false,
        milestones: [],
        ...existing,
        ...fields,
      };
      return { ...state, goals: { ...state.goals, [goalId]: goal } };
    }
    case 'goal.updated':
      if (!goalId) return state;
      return withGoal(state, goalId, (goal) => {
        const fields = snapshotFields(p);
        if (fields.version !== undefined && fields.version < goal.version) return goal;
        return { ...goal, ...fields, milestones: fields.milestones ?? goal.milestones };
      });
    case 'goal.moved': {
      const laneId = str(p.laneId);
      const position = str(p.position);
      if (!goalId || !laneId || !position) return state;
      return withGoal(state, goalId, (goal) => ({ ...goal, laneId, position }));
    }
    case 'goal.archived':
    case 'goal.restored':
      if (!goalId) return state;
      return withGoal(state, goalId, (goal) => ({ ...goal, archived: event.type === 'goal.archived' }));
    case 'milestone.added':
    case 'milestone.updated': {
      if (!goalId) return state;
      const incoming = milestoneFrom(p);
      return withGoal(state, goalId, (goal) => {
        const current = goal.milestones.find((milestone) => milestone.id === incoming.id);
        const merged = current ? { ...current, ...incoming, position: incoming.position || current.position } : incoming;
        const milestones = [...goal.milestones.filter((milestone) => milestone.id !== incoming.id), merged].sort(byPosition);
        return { ...goal, milestones };
      });
    }
    case 'milestone.removed': {
      const milestoneId = str(p.milestoneId);
      if (!goalId || !milestoneId) return state;
      return withGoal(state, goalId, (goal) => ({ ...goal, milestones: goal.milestones.filter((milestone) => milestone.id !== milestoneId) }));
    }
    case 'lane.moved': {
      const laneId = str(p.laneId);
      const position = str(p.position);
      if (!laneId || !position) return state;
      return placeLane(state, laneId, position);
    }
    case 'lane.renamed': {
      const laneId = str(p.laneId);
      const name = str(p.name);
      if (!laneId || name === null) return state;
      return { ...state, lanes: state.lanes.map((lane) => (lane.id === laneId ? { ...lane, name } : lane)) };
    }
    default:
      return state;
  }
}

/** Puts a goal in place locally (an optimistic move, or the server's answer). */
export function placeGoal(state: BoardState, goalId: string, laneId: string, position: string): BoardState {
  return withGoal(state, goalId, (goal) => ({ ...goal, laneId, position }));
}

/** Puts a lane in place locally (an optimistic move, or the server's answer); lanes stay in position order. */
export function placeLane(state: BoardState, laneId: string, position: string): BoardState {
  if (!state.lanes.some((lane) => lane.id === laneId)) return state;
  return { ...state, lanes: state.lanes.map((lane) => (lane.id === laneId ? { ...lane, position } : lane)).sort(byPosition) };
}

/** The local sort key for a lane put between two lanes (either may be absent: an end). */
export function localLanePosition(state: BoardState, afterId: string | null, beforeId: string | null): string {
  const after = afterId ? (state.lanes.find((lane) => lane.id === afterId)?.position ?? null) : null;
  const before = beforeId ? (state.lanes.find((lane) => lane.id === beforeId)?.position ?? null) : null;
  if (after !== null && before !== null && comparePositions(after, before) >= 0) return keyBetween(after, null);
  if (after === null && before === null) return keyBetween(state.lanes.at(-1)?.position ?? null, null);
  return keyBetween(after, before);
}

/**
 * The items a dropped item goes between (cards in a lane, or lanes on the
 * board): `index` counts the items without the moving one (0 = first). Null
 * neighbours mean an end.
 */
export function dropNeighbours(ids: readonly string[], movingId: string, index: number): { afterId: string | null; beforeId: string | null } {
  const others = ids.filter((id) => id !== movingId);
  const at = Math.max(0, Math.min(index, others.length));
  return { afterId: others[at - 1] ?? null, beforeId: others[at] ?? null };
}

/**
 * Where a drag ends, as an index into the target lane without the moving card.
 * Dropped on a card: its place (after it when moving down within one lane, as
 * a sortable list shows it); dropped on the lane itself: the end.
 */
export function dropIndex(
  laneGoalIds: readonly string[],
  movingId: string,
  overId: string | null,
  sameLane: boolean,
): number {
  const others = laneGoalIds.filter((id) => id !== movingId);
  if (!overId) return others.length;
  const overIndex = others.indexOf(overId);
  if (overIndex < 0) return others.length;
  if (sameLane && laneGoalIds.indexOf(movingId) < laneGoalIds.indexOf(overId)) return overIndex + 1;
  return overIndex;
}

/**
 * A sort key strictly between `lower` and `upper` (either may be absent), for
 * showing a move at once; the server's key replaces it when its answer or
 * event arrives.
 */
export function keyBetween(lower: string | null, upper: string | null): string {
  const lo = lower ?? '';
  if (upper === null || upper === undefined) return `${lo}V`;
  if (!upper.startsWith(lo)) return `${lo}V`; // they differ within lo: anything after lo stays below upper
  // upper = lo + rest: find a suffix below rest.
  const rest = upper.slice(lo.length);
  let suffix = '';
  for (let i = 0; i < rest.length; i += 1) {
    const code = rest.charCodeAt(i);
    if (code > 1) return `${lo}${suffix}${String.fromCharCode(code - 1)}V`;
    suffix += rest[i];
  }
  return `${lo}${suffix}`; // unreachable for distinct keys of printable characters
}

/** The local sort key for a card dropped between two neighbours of its target lane. */
export function localPosition(state: BoardState, laneId: string, afterId: string | null, beforeId: string | null): string {
  const after = afterId ? state.goals[afterId]?.position ?? null : null;
  const before = beforeId ? state.goals[beforeId]?.position ?? null : null;
  if (after !== null && before !== null && comparePositions(after, before) >= 0) return keyBetween(after, null);
  if (after === null && before === null) {
    const last = goalsInLane(state, laneId).at(-1)?.position ?? null;
    return keyBetween(last, null);
  }
  return keyBetween(after, before);
}

// ---- Conflicts: both versions of a goal, field by field ----

export interface GoalDraft {
  title: string;
  description: string;
  whyItMatters: string;
  linkedSkills: string[];
  targetDate: string | null;
  ownerId: string | null;
  progressOverride: number | null;
}

export const DRAFT_FIELDS = ['title', 'description', 'whyItMatters', 'linkedSkills', 'targetDate', 'ownerId', 'progressOverride'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export const DRAFT_LABELS: Record<DraftField, string> = {
  title: 'Title',
  description: 'Description',
  whyItMatters: 'Why it matters',
  linkedSkills: 'Linked skills',
  targetDate: 'Target date',
  ownerId: 'Owner',
  progressOverride: 'Progress set by hand',
};

export function draftOf(goal: BoardGoal): GoalDraft {
  return {
    title: goal.title,
    description: goal.description,
    whyItMatters: goal.whyItMatters,
    linkedSkills: [...goal.linkedSkills],
    targetDate: goal.targetDate,
    ownerId: goal.ownerId,
    progressOverride: goal.progressOverride,
  };
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/** The fields a draft changed from where it started. */
export function changedFields(base: GoalDraft, draft: GoalDraft): DraftField[] {
  return DRAFT_FIELDS.filter((field) => !sameValue(base[field], draft[field]));
}

export type ConflictSide = 'mine' | 'theirs';

export interface ConflictRow {
  field: DraftField;
  mine: GoalDraft[DraftField];
  theirs: GoalDraft[DraftField];
  youChanged: boolean;
  theyChanged: boolean;
  /** Both changed it, differently: the person has to choose. */
  clash: boolean;
  /** What is chosen until the person says otherwise: their own edit when they made one, else the other's. */
  suggested: ConflictSide;
}

/** The fields where your version and theirs differ, with who changed what since you started. */
export function conflictRows(base: GoalDraft, mine: GoalDraft, theirs: GoalDraft): ConflictRow[] {
  return DRAFT_FIELDS.filter((field) => !sameValue(mine[field], theirs[field])).map((field) => {
    const youChanged = !sameValue(base[field], mine[field]);
    const theyChanged = !sameValue(base[field], theirs[field]);
    return { field, mine: mine[field], theirs: theirs[field], youChanged, theyChanged, clash: youChanged && theyChanged, suggested: youChanged ? 'mine' : 'theirs' };
  });
}

/** Their version with the chosen fields of yours on top. */
export function mergeDrafts(mine: GoalDraft, theirs: GoalDraft, choices: Partial<Record<DraftField, ConflictSide>>): GoalDraft {
  const merged = { ...theirs, linkedSkills: [...theirs.linkedSkills] };
  for (const field of DRAFT_FIELDS) {
    if (choices[field] === 'mine') (merged as Record<DraftField, unknown>)[field] = mine[field];
  }
  return merged;
}

/** The fields to send as an update: only those that differ from the goal as the server has it. */
export function updateFields(current: GoalDraft, draft: GoalDraft): Partial<GoalDraft> {
  const fields: Partial<GoalDraft> = {};
  for (const field of changedFields(current, draft)) (fields as Record<DraftField, unknown>)[field] = draft[field];
  return fields;
}

/** A `YYYY-MM-DD` date for people, e.g. "1 Mar 2027" (the calendar day, whatever the time zone). */
export function formatDay(day: string, locale?: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
}
