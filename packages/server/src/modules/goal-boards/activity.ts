import type { StoredEvent } from '../../events/types.js';

type Payload = Record<string, unknown> & { actorName?: string; title?: string; goalTitle?: string };

/** A board event as a sentence for the activity feed, e.g. "Ana moved “Lead a design review” to Done". */
export function activitySentence(event: Pick<StoredEvent, 'type' | 'payload'>): string {
  const p = (event.payload ?? {}) as Payload;
  const who = p.actorName ?? 'Someone';
  const goal = `“${p.title ?? p.goalTitle ?? 'a goal'}”`;
  switch (event.type) {
    case 'goal.created':
      return `${who} added ${goal}`;
    case 'goal.updated':
      return `${who} edited ${goal}`;
    case 'goal.moved':
      return p.fromLaneName === p.laneName ? `${who} reordered ${goal} in ${p.laneName}` : `${who} moved ${goal} to ${p.laneName}`;
    case 'goal.archived':
      return `${who} archived ${goal}`;
    case 'goal.restored':
      return `${who} restored ${goal}`;
    case 'milestone.added':
      return `${who} added the milestone “${p.title}” to “${p.goalTitle}”`;
    case 'milestone.updated':
      return p.done ? `${who} completed the milestone “${p.title}”` : `${who} updated the milestone “${p.title}”`;
    case 'milestone.removed':
      return `${who} removed the milestone “${p.title}”`;
    case 'lane.renamed':
      return `${who} renamed a lane to ${p.name}`;
    case 'lane.moved':
      return `${who} moved the lane ${p.name}`;
    default:
      return `${who} changed the board`;
  }
}
