import { describe, expect, it } from 'vitest';
import { acknowledgementState, agreementFormValues, agreementTermsInput, describeChange, formatTerm } from './agreement';

const mentor = { id: 'm', displayName: 'Ada' };
const mentee = { id: 'e', displayName: 'Mina' };

describe('agreement terms in words', () => {
  it('formats each kind of term', () => {
    expect(formatTerm('meetingCadence', 'EVERY_TWO_WEEKS')).toBe('Every two weeks');
    expect(formatTerm('meetingLengthMinutes', 45)).toBe('45 minutes');
    expect(formatTerm('responseTimeHours', 1)).toBe('1 hour');
    expect(formatTerm('channels', ['VIDEO', 'IN_PERSON'])).toBe('Video calls, In person');
    expect(formatTerm('endDate', null)).toBe('Open-ended');
    expect(formatTerm('goals', ['A', 'B'])).toBe('A; B');
  });

  it('describes a change from the JSON the API sends', () => {
    expect(describeChange({ field: 'meetingLengthMinutes', before: '30', after: '45' })).toMatchObject({
      label: 'Meeting length',
      before: '30 minutes',
      after: '45 minutes',
    });
    expect(describeChange({ field: 'channels', before: '["VIDEO","CHAT"]', after: '["VIDEO","EMAIL"]' })).toMatchObject({
      label: 'How you talk',
      added: ['Email'],
      removed: ['Chat'],
    });
    expect(describeChange({ field: 'endDate', before: null, after: '"2027-01-31"' })).toMatchObject({ before: null, after: '2027-01-31' });
  });
});

describe('acknowledgement state', () => {
  const pair = { mentor, mentee, agreement: null };

  it('says when nothing was proposed', () => {
    expect(acknowledgementState(pair, null, 'm').kind).toBe('none');
  });

  it('waits for the other person after you proposed', () => {
    const state = acknowledgementState(pair, { version: 1, acknowledgedBy: [{ id: 'm' }] }, 'm');
    expect(state).toMatchObject({ kind: 'waiting-for-other', text: 'Waiting for Mina to acknowledge version 1.' });
  });

  it('waits for you when the other proposed', () => {
    expect(acknowledgementState(pair, { version: 2, acknowledgedBy: [{ id: 'm' }] }, 'e').kind).toBe('waiting-for-you');
  });

  it('is in effect once both acknowledged, and says which version stays in effect meanwhile', () => {
    expect(acknowledgementState(pair, { version: 1, acknowledgedBy: [{ id: 'm' }, { id: 'e' }] }, 'e').kind).toBe('in-effect');
    const state = acknowledgementState({ ...pair, agreement: { version: 1 } }, { version: 2, acknowledgedBy: [{ id: 'e' }] }, 'e');
    expect(state.text).toBe('Waiting for Ada to acknowledge version 2. Version 1 stays in effect until then.');
  });
});

describe('agreement form', () => {
  it('starts from the latest terms, or sensible defaults with the goals given', () => {
    expect(agreementFormValues(null, ['Lead a review'])).toMatchObject({ goals: ['Lead a review'], desiredOutcomes: [''], endDate: '' });
  });

  it('sends trimmed terms without empty rows, and no end date as null', () => {
    const values = { ...agreementFormValues(null), goals: [' Ship it ', ''], desiredOutcomes: ['', ' One launch '], endDate: ' ' };
    expect(agreementTermsInput(values)).toMatchObject({ goals: ['Ship it'], desiredOutcomes: ['One launch'], endDate: null });
    expect(agreementTermsInput(values)).not.toHaveProperty('note');
  });
});
