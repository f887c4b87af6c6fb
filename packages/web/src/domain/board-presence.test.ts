import { describe, expect, it } from 'vitest';
import {
  applyBoardSignal,
  BOARD_HEARTBEAT_MS,
  BOARD_PRESENCE_TIMEOUT_MS,
  BOARD_SIGNAL_MIN_GAP_MS,
  editingSentence,
  editorsOf,
  othersOnBoard,
  signalDelay,
  type BoardPresence,
} from './board-presence';

const signal = (userId: string, payload: Record<string, unknown>) => ({ type: 'presence', actorId: userId, payload: { userId, displayName: userId.toUpperCase(), ...payload } });

describe('board presence', () => {
  it('shows who is editing which card, and who is on the board, until their signal goes stale', () => {
    let presence: BoardPresence = {};
    presence = applyBoardSignal(presence, signal('ana', { goalId: 'g1', editing: true, status: 'ONLINE' }), 1_000);
    presence = applyBoardSignal(presence, signal('me', { goalId: 'g1', editing: true, status: 'ONLINE' }), 1_000);
    presence = applyBoardSignal(presence, signal('ben', { goalId: null, editing: false, status: 'ONLINE' }), 2_000);
    expect(othersOnBoard(presence, 'me', 3_000).map((entry) => entry.displayName)).toEqual(['ANA', 'BEN']);
    expect(editorsOf(presence, 'g1', 'me', 3_000).map((entry) => entry.displayName)).toEqual(['ANA']);
    expect(editorsOf(presence, 'g2', 'me', 3_000)).toEqual([]);
    // No renewal within the time-out: gone.
    expect(editorsOf(presence, 'g1', 'me', 1_000 + BOARD_PRESENCE_TIMEOUT_MS)).toEqual([]);
    expect(othersOnBoard(presence, 'me', 1_000 + BOARD_PRESENCE_TIMEOUT_MS).map((entry) => entry.displayName)).toEqual(['BEN']);
  });

  it('clears editing when they stop, and the person when they leave', () => {
    let presence = applyBoardSignal({}, signal('ana', { goalId: 'g1', editing: true }), 0);
    presence = applyBoardSignal(presence, signal('ana', { goalId: null, editing: false }), 10);
    expect(editorsOf(presence, 'g1', 'me', 20)).toEqual([]);
    expect(othersOnBoard(presence, 'me', 20)).toHaveLength(1);
    presence = applyBoardSignal(presence, signal('ana', { status: 'OFFLINE' }), 30);
    expect(othersOnBoard(presence, 'me', 40)).toEqual([]);
  });

  it('ignores other signals and signals without a person, and editing without a goal', () => {
    const presence = applyBoardSignal({}, signal('ana', { goalId: 'g1', editing: true }), 0);
    expect(applyBoardSignal(presence, { type: 'typing', payload: { userId: 'ben' } }, 1)).toBe(presence);
    expect(applyBoardSignal(presence, { type: 'presence', payload: {} }, 1)).toBe(presence);
    expect(applyBoardSignal({}, signal('ben', { goalId: null, editing: true }), 0).ben?.editing).toBe(false);
  });

  it('says who is editing', () => {
    expect(editingSentence(['Ana'])).toBe('Ana is editing');
    expect(editingSentence(['Ana', 'Ben', 'Cy'])).toBe('Ana, Ben and Cy are editing');
    expect(editingSentence([])).toBe('');
  });

  it('sends at once, soon after a change (throttled), and otherwise on the heartbeat', () => {
    expect(signalDelay(null, 'g1', 0)).toBe(0);
    expect(signalDelay({ key: 'g1', at: 0 }, 'g1', 1_000)).toBe(BOARD_HEARTBEAT_MS - 1_000);
    expect(signalDelay({ key: 'g1', at: 0 }, 'g1', BOARD_HEARTBEAT_MS + 1)).toBe(0);
    expect(signalDelay({ key: 'g1', at: 0 }, 'g2', 200)).toBe(BOARD_SIGNAL_MIN_GAP_MS - 200);
    expect(signalDelay({ key: 'g1', at: 0 }, '', BOARD_SIGNAL_MIN_GAP_MS)).toBe(0);
  });
});
