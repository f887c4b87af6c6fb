/**
 * Who else is on a goal board and which goal they are editing: ephemeral
 * `presence` signals on the board's stream, never stored. Each person sends
 * one when what they do changes and as a heartbeat; a signal not renewed
 * within the time-out is dropped, so a closed laptop clears itself.
 */

/** A signal older than this no longer counts. */
export const BOARD_PRESENCE_TIMEOUT_MS = 15_000;
/** How often to renew one's own signal while on the board. */
export const BOARD_HEARTBEAT_MS = 5_000;
/** Changes in quick succession (opening card after card) are sent at most this often. */
export const BOARD_SIGNAL_MIN_GAP_MS = 1_000;

export interface BoardPresenceEntry {
  userId: string;
  displayName: string;
  /** The goal being edited, if any. */
  goalId: string | null;
  editing: boolean;
  /** When the last signal arrived (local clock). */
  at: number;
}

export type BoardPresence = Readonly<Record<string, BoardPresenceEntry>>;

export interface BoardSignal {
  type: string;
  payload: unknown;
  actorId?: string | null;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The presence after one signal, stamped with `now`; leaving (OFFLINE) removes the person at once. */
export function applyBoardSignal(presence: BoardPresence, signal: BoardSignal, now: number): BoardPresence {
  if (signal.type !== 'presence') return presence;
  const p = (signal.payload && typeof signal.payload === 'object' ? signal.payload : {}) as Record<string, unknown>;
  const userId = str(p.userId) ?? signal.actorId ?? null;
  if (!userId) return presence;
  if (p.status === 'OFFLINE') {
    if (!(userId in presence)) return presence;
    const { [userId]: _left, ...rest } = presence;
    return rest;
  }
  const goalId = str(p.goalId);
  return { ...presence, [userId]: { userId, displayName: str(p.displayName) ?? 'Someone', goalId, editing: p.editing === true && goalId !== null, at: now } };
}

const fresh = (entry: BoardPresenceEntry, now: number) => now - entry.at < BOARD_PRESENCE_TIMEOUT_MS;

/** Everyone but the viewer whose signal is still fresh. */
export function othersOnBoard(presence: BoardPresence, viewerId: string, now: number): BoardPresenceEntry[] {
  return Object.values(presence)
    .filter((entry) => entry.userId !== viewerId && fresh(entry, now))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The others editing `goalId` right now. */
export function editorsOf(presence: BoardPresence, goalId: string, viewerId: string, now: number): BoardPresenceEntry[] {
  return othersOnBoard(presence, viewerId, now).filter((entry) => entry.editing && entry.goalId === goalId);
}

/** "Ana is editing", "Ana and Ben are editing". */
export function editingSentence(names: readonly string[]): string {
  if (names.length === 0) return '';
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${list} ${names.length === 1 ? 'is' : 'are'} editing`;
}

/**
 * How long to wait before sending one's own signal: at once the first time,
 * soon after a change (but not within `BOARD_SIGNAL_MIN_GAP_MS` of the last
 * send), else when the heartbeat is due.
 */
export function signalDelay(last: { key: string; at: number } | null, key: string, now: number): number {
  if (!last) return 0;
  const since = now - last.at;
  return Math.max(0, (key === last.key ? BOARD_HEARTBEAT_MS : BOARD_SIGNAL_MIN_GAP_MS) - since);
}
