import type { AgreementTermsInput, CommunicationChannel, MeetingCadence, MentorshipStatus } from '../graphql/documents';
import { CADENCES, labelOf } from './mentoring-options';

/** The agreement's terms, in the order the editor shows them, with what each is called. */
export const TERM_FIELDS = [
  'goals',
  'desiredOutcomes',
  'meetingCadence',
  'meetingLengthMinutes',
  'channels',
  'responseTimeHours',
  'reviewEveryWeeks',
  'endDate',
  'confidentiality',
] as const;
export type TermField = (typeof TERM_FIELDS)[number];

export const TERM_LABELS: Record<TermField, string> = {
  goals: 'Goals',
  desiredOutcomes: 'How you will know it worked',
  meetingCadence: 'How often you meet',
  meetingLengthMinutes: 'Meeting length',
  channels: 'How you talk',
  responseTimeHours: 'Reply within',
  reviewEveryWeeks: 'Review progress every',
  endDate: 'Planned end',
  confidentiality: 'Confidentiality',
};

export const CHANNELS: ReadonlyArray<{ value: CommunicationChannel; label: string }> = [
  { value: 'VIDEO', label: 'Video calls' },
  { value: 'CHAT', label: 'Chat' },
  { value: 'EMAIL', label: 'Email' },
  { value: 'PHONE', label: 'Phone' },
  { value: 'IN_PERSON', label: 'In person' },
];

export const MENTORSHIP_STATUSES: Record<MentorshipStatus, { label: string; color: string }> = {
  PENDING_AGREEMENT: { label: 'Agreeing terms', color: 'orange' },
  ACTIVE: { label: 'Active', color: 'spruce' },
  PAUSED: { label: 'Paused', color: 'yellow' },
  COMPLETED: { label: 'Completed', color: 'blue' },
  CANCELLED: { label: 'Cancelled', color: 'gray' },
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One term's value in words. */
export function formatTerm(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return field === 'endDate' ? 'Open-ended' : '—';
  }
  switch (field) {
    case 'meetingCadence':
      return labelOf(CADENCES, value as MeetingCadence);
    case 'meetingLengthMinutes':
      return plural(Number(value), 'minute', 'minutes');
    case 'responseTimeHours':
      return plural(Number(value), 'hour', 'hours');
    case 'reviewEveryWeeks':
      return plural(Number(value), 'week', 'weeks');
    case 'channels':
      return Array.isArray(value) ? value.map((channel) => CHANNELS.find((c) => c.value === channel)?.label ?? String(channel)).join(', ') || '—' : String(value);
    default:
      return Array.isArray(value) ? value.map(String).join('; ') || '—' : String(value);
  }
}

/** A change as the API sends it (values as JSON), in words. */
export function describeChange(change: { field: string; before?: string | null; after?: string | null }): {
  label: string;
  before: string | null;
  after: string;
  /** For lists: what was added and removed, when that says it better. */
  added: string[];
  removed: string[];
} {
  const parse = (json: string | null | undefined): unknown => {
    if (json === null || json === undefined) return null;
    try {
      return JSON.parse(json);
    } catch {
      return json;
    }
  };
  const before = parse(change.before);
  const after = parse(change.after);
  const label = TERM_LABELS[change.field as TermField] ?? change.field;
  let added: string[] = [];
  let removed: string[] = [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const b = before.map((v) => formatTerm(change.field, [v]));
    const a = after.map((v) => formatTerm(change.field, [v]));
    added = a.filter((item) => !b.includes(item));
    removed = b.filter((item) => !a.includes(item));
  }
  return {
    label,
    before: change.before === null || change.before === undefined ? null : formatTerm(change.field, before),
    after: formatTerm(change.field, after),
    added,
    removed,
  };
}

interface Person {
  id: string;
  displayName: string;
}

/** Where the agreement stands, for the viewer. */
export type AcknowledgementState =
  | { kind: 'none'; text: string }
  | { kind: 'in-effect'; text: string; version: number }
  | { kind: 'waiting-for-you'; text: string; version: number }
  | { kind: 'waiting-for-other'; text: string; version: number; waitingFor: Person };

export function acknowledgementState(
  mentorship: { mentor: Person; mentee: Person; agreement?: { version: number } | null },
  latest: { version: number; acknowledgedBy: ReadonlyArray<{ id: string }> } | null | undefined,
  viewerId: string,
): AcknowledgementState {
  if (!latest) return { kind: 'none', text: 'No agreement proposed yet.' };
  const acknowledged = new Set(latest.acknowledgedBy.map((person) => person.id));
  const other = mentorship.mentor.id === viewerId ? mentorship.mentee : mentorship.mentor;
  if (acknowledged.has(mentorship.mentor.id) && acknowledged.has(mentorship.mentee.id)) {
    return { kind: 'in-effect', text: `Version ${latest.version} is in effect: you both acknowledged it.`, version: latest.version };
  }
  if (!acknowledged.has(viewerId)) {
    return { kind: 'waiting-for-you', text: `Version ${latest.version} is waiting for you to acknowledge it.`, version: latest.version };
  }
  const previous = mentorship.agreement && mentorship.agreement.version !== latest.version ? ` Version ${mentorship.agreement.version} stays in effect until then.` : '';
  return {
    kind: 'waiting-for-other',
    text: `Waiting for ${other.displayName} to acknowledge version ${latest.version}.${previous}`,
    version: latest.version,
    waitingFor: other,
  };
}

/** The editor's values; lists keep an empty row to type in. */
export interface AgreementFormValues {
  goals: string[];
  desiredOutcomes: string[];
  meetingCadence: MeetingCadence;
  meetingLengthMinutes: number;
  channels: CommunicationChannel[];
  responseTimeHours: number;
  reviewEveryWeeks: number;
  endDate: string;
  confidentiality: string;
  note: string;
}

export function agreementFormValues(
  terms: Omit<AgreementTermsInput, 'confidentiality' | 'desiredOutcomes'> & { confidentiality?: string; desiredOutcomes?: string[] } | null | undefined,
  fallbackGoals: readonly string[] = [],
): AgreementFormValues {
  return {
    goals: terms?.goals.length ? [...terms.goals] : fallbackGoals.length ? [...fallbackGoals] : [''],
    desiredOutcomes: terms?.desiredOutcomes?.length ? [...terms.desiredOutcomes] : [''],
    meetingCadence: terms?.meetingCadence ?? 'EVERY_TWO_WEEKS',
    meetingLengthMinutes: terms?.meetingLengthMinutes ?? 45,
    channels: terms?.channels ? [...terms.channels] : ['VIDEO'],
    responseTimeHours: terms?.responseTimeHours ?? 48,
    reviewEveryWeeks: terms?.reviewEveryWeeks ?? 4,
    endDate: terms?.endDate ?? '',
    confidentiality: terms?.confidentiality ?? 'What we discuss stays between us unless we agree otherwise.',
    note: '',
  };
}

/** The API's input from the editor: trimmed, empty rows dropped, no end date as null. */
export function agreementTermsInput(values: AgreementFormValues): AgreementTermsInput {
  const list = (items: readonly string[]) => items.map((item) => item.trim()).filter(Boolean);
  return {
    goals: list(values.goals),
    desiredOutcomes: list(values.desiredOutcomes),
    meetingCadence: values.meetingCadence,
    meetingLengthMinutes: Number(values.meetingLengthMinutes),
    channels: values.channels,
    responseTimeHours: Number(values.responseTimeHours),
    reviewEveryWeeks: Number(values.reviewEveryWeeks),
    endDate: values.endDate.trim() || null,
    confidentiality: values.confidentiality.trim(),
  };
}
