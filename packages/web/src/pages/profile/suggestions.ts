/** Suggestions for the free-text tag inputs: a start, never a limit. */

export const EXPERTISE_SUGGESTIONS = [
  'Career change',
  'Data science',
  'Design',
  'Engineering management',
  'Entrepreneurship',
  'Leadership',
  'Marketing',
  'Product management',
  'Public speaking',
  'Sales',
  'Software engineering',
  'UX research',
];

export const INDUSTRY_SUGGESTIONS = [
  'Education',
  'Energy',
  'Fintech',
  'Government',
  'Healthcare',
  'Manufacturing',
  'Media',
  'Non-profit',
  'Retail',
  'Software',
  'Telecommunications',
];

export const QUALITY_SUGGESTIONS = ['candid', 'curious', 'direct', 'empathetic', 'encouraging', 'patient', 'practical', 'structured'];
