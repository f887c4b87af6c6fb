import type { MentorshipRequestStatus, UserErrorCode } from '../graphql/documents';

/** The request message's limits, as the API checks them. */
export const MESSAGE_MIN = 40;
export const MESSAGE_MAX = 2000;

export const REQUEST_STATUSES: Record<MentorshipRequestStatus, { label: string; color: string; open: boolean }> = {
  PENDING: { label: 'Waiting for the mentor', color: 'blue', open: true },
  INFO_REQUESTED: { label: 'Question asked', color: 'orange', open: true },
  ACCEPTED: { label: 'Accepted', color: 'spruce', open: false },
  DECLINED: { label: 'Declined', color: 'red', open: false },
  WITHDRAWN: { label: 'Withdrawn', color: 'gray', open: false },
  EXPIRED: { label: 'Expired', color: 'gray', open: false },
};

/** The message's length as the server counts it (trimmed), and what to say about it. */
export function messageLength(message: string): { count: number; tooShort: boolean; tooLong: boolean; hint: string } {
  const count = message.trim().length;
  const tooShort = count < MESSAGE_MIN;
  const tooLong = count > MESSAGE_MAX;
  const hint = tooShort
    ? `${count} / ${MESSAGE_MAX} · at least ${MESSAGE_MIN - count} more`
    : tooLong
      ? `${count} / ${MESSAGE_MAX} · ${count - MESSAGE_MAX} too many`
      : `${count} / ${MESSAGE_MAX}`;
  return { count, tooShort, tooLong, hint };
}

export interface GuidanceItem {
  id: 'who' | 'why' | 'hope' | 'often';
  label: string;
  met: boolean;
}

const WHO = /\b(i am|i'm|i’m|i work|i lead|i manage|my role|my name|i have been|i've been|i’ve been|i study|i recently|as a)\b/i;
const HOPE = /\b(hope|hoping|want|would love|i'd love|i’d love|looking for|goal|learn|improve|grow|help me|aim)\b/i;
const OFTEN = /\b(weekly|every week|every two weeks|fortnight|biweekly|monthly|every month|once a|twice a|per week|per month|a week|a month|as needed)\b/i;

/**
 * What makes a good request, checked loosely against the draft: who you are,
 * why this mentor (their name, or something from their profile), what you
 * hope for, and how often (in the text, or a cadence chosen).
 */
export function messageGuidance(
  message: string,
  mentor: { name: string; topics: readonly string[] },
  cadenceChosen: boolean,
): GuidanceItem[] {
  const text = message.toLowerCase();
  const firstName = mentor.name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const mentionsMentor =
    (firstName.length > 1 && text.includes(firstName)) ||
    mentor.topics.some((topic) => topic.trim().length > 1 && text.includes(topic.trim().toLowerCase())) ||
    /\byour (experience|background|work|profile|expertise|approach)\b/i.test(message);
  return [
    { id: 'who', label: 'Who you are and where you are now', met: WHO.test(message) },
    { id: 'why', label: 'Why this mentor: something in their profile', met: mentionsMentor },
    { id: 'hope', label: 'What you hope to get out of it', met: HOPE.test(message) },
    { id: 'often', label: 'How often you would like to meet', met: cadenceChosen || OFTEN.test(message) },
  ];
}

/** Clear words for each way sending a request can be refused. */
export function sendRequestProblem(code: UserErrorCode | string, mentorName: string, fallback: string): string {
  switch (code) {
    case 'REQUEST_ALREADY_OPEN':
      return `You already have an open request with ${mentorName}. Wait for their answer, or withdraw it from your requests first.`;
    case 'ALREADY_MATCHED':
      return `You and ${mentorName} already have a mentorship together.`;
    case 'MENTOR_UNAVAILABLE':
      return `${mentorName} is not taking new requests right now (their places may be full). Try another mentor.`;
    case 'NOT_A_MENTEE':
      return 'Only mentees can send requests. Add the mentee role and a needs assessment first.';
    case 'CAPACITY_REACHED':
      return `${mentorName} has no free places right now.`;
    case 'TOO_MANY':
      return 'You have too many open requests. Wait for answers, or withdraw one, before sending another.';
    case 'NOT_FOUND':
      return 'This mentor could not be found. Their profile may have been hidden or removed.';
    default:
      return fallback;
  }
}

export type RequestSide = 'mentor' | 'mentee';
export type RequestAction = 'accept' | 'decline' | 'ask' | 'answer' | 'withdraw';

/** The actions a side may take on a request in a status. */
export function requestActions(status: MentorshipRequestStatus, side: RequestSide): RequestAction[] {
  if (side === 'mentor') {
    if (status === 'PENDING') return ['accept', 'ask', 'decline'];
    if (status === 'INFO_REQUESTED') return ['accept', 'decline'];
    return [];
  }
  if (status === 'INFO_REQUESTED') return ['answer', 'withdraw'];
  if (status === 'PENDING') return ['withdraw'];
  return [];
}
