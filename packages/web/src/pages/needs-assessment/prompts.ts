/** The questions that turn a form into a self-assessment: one set per part. */

export const INTRO = [
  'Set aside 15 minutes somewhere quiet. There are no right or wrong answers.',
  'Only you can see this assessment. Be honest with yourself: it is a starting point, not a test.',
  'Fill in what you can now and come back later; you can change it at any time.',
] as const;

export const GOAL_PROMPTS = [
  'Where would you like to be in six months? In three years?',
  'What would be different in your work, or your life, once you got there?',
  'Which goal, if you reached it, would make the others easier?',
] as const;

export const SKILL_PROMPTS = [
  'Which tasks take you longer than they should, or do you tend to avoid?',
  'What feedback have you heard more than once?',
  'What do the people you admire in your field do well that you would like to do too?',
] as const;

export const REFLECTION_PROMPTS = [
  'When did you last feel out of your depth? What did you do next?',
  'Think of something hard you learned well. What helped most?',
  'Is there a situation you would handle differently today? What would you change?',
] as const;

export const SUPPORT_PROMPTS = [
  'When you were stuck in the past, what kind of help actually moved you forward?',
  'How much time can you give to this each month, honestly?',
] as const;
