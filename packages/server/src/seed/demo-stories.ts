/** Who says or owns something in a story: one of the pair. */
export type Side = 'mentor' | 'mentee';

export type StoryGoal = {
  title: string;
  why: string;
  /** 0 Not started, 1 In progress, 2 Done. */
  lane: 0 | 1 | 2;
  owner: Side | null;
  milestones: { title: string; dueInDays: number; done: boolean }[];
};

export type Story = {
  mentee: string;
  mentor: string;
  /** Terms on top of the defaults in seed-demo.ts. */
  terms: { meetingCadence: string; reviewEveryWeeks: number; responseTimeHours?: number; goals: string[] };
  startedDaysAgo: number;
  /** False: proposed by the mentor, not yet acknowledged by the mentee. */
  agreed: boolean;
  /** Live sessions, by how many days ago they were held, oldest first; each with its chat. */
  sessions: { daysAgo: number; title: string; chat: [Side, string][] }[];
  /** A weekly meeting series from the first session, recorded as attended for the last few. */
  meetingSeries?: { title: string; recorded: number };
  goals: StoryGoal[];
  reviews: { daysAgo: number; menteeRating: number; mentorRating: number | null; wentWell: string; toChange: string; nextSteps: string }[];
  feedback: { from: Side; daysAgo: number; score: number; comment: string; learned?: string }[];
  reflection?: { daysAgo: number; prompt: string; body: string };
  resource?: { title: string; url: string; kind: string; note: string };
  ending?: { change: 'pause' | 'complete'; daysAgo: number; reason?: string };
};

const weekly = (title: string, n: number, firstDaysAgo: number) => Array.from({ length: n }, (_, i) => ({ daysAgo: firstDaysAgo - 7 * i, title, chat: [] as [Side, string][] }));

/** Mentorships at different stages: healthy, stalled, waiting on an answer, just matched, finished, paused. */
export const STORIES: Story[] = [
  {
    mentee: 'amara',
    mentor: 'priya',
    terms: { meetingCadence: 'WEEKLY', reviewEveryWeeks: 4, goals: ['Run a first retrospective', 'Give difficult feedback', 'Plan hiring'] },
    startedDaysAgo: 63,
    agreed: true,
    sessions: [
      ...weekly('Weekly check-in', 7, 60),
      {
        daysAgo: 11,
        title: 'Preparing the hard conversation',
        chat: [
          ['mentee', 'Hi Priya! I finally booked the one-to-one with Sam for Thursday.'],
          ['mentor', 'Great. What is the one thing you want Sam to take away?'],
          ['mentee', 'That missing the code review deadlines three sprints in a row is affecting the whole team.'],
          ['mentor', 'Good, that is specific. Start with what you saw, then the impact, then ask how Sam sees it. Resist filling the silence.'],
          ['mentee', 'Situation, behaviour, impact. I wrote it down.'],
          ['mentor', 'Perfect. And plan what you will agree on at the end: one concrete next step and when you will check in.'],
        ],
      },
      {
        daysAgo: 4,
        title: 'How the conversation went',
        chat: [
          ['mentee', 'It went so much better than I feared. Sam said he had been stuck on the release tooling and did not want to ask.'],
          ['mentor', 'That is a huge win, and very common. How did you close it?'],
          ['mentee', 'We agreed he pairs with Lee on the tooling this week, and we check in on Monday.'],
          ['mentor', 'Excellent. Note what you did well for your reflection: you listened first.'],
          ['mentee', 'Will do. Next week can we start on the hiring plan?'],
          ['mentor', 'Yes. Bring your current team skills map and the two roles you think you need. I added a milestone on the board.'],
          ['mentee', 'Thank you! 🙏'],
          ['mentor', 'See you Tuesday.'],
        ],
      },
    ],
    meetingSeries: { title: 'Weekly check-in', recorded: 3 },
    goals: [
      {
        title: 'Run my first team retrospective',
        why: 'Help the team improve together instead of me deciding alone.',
        lane: 2,
        owner: 'mentee',
        milestones: [
          { title: 'Pick a retro format', dueInDays: -45, done: true },
          { title: 'Run the retrospective', dueInDays: -38, done: true },
          { title: 'Follow up on the three actions', dueInDays: -24, done: true },
        ],
      },
      {
        title: 'Give difficult feedback with confidence',
        why: 'Hard conversations avoided now become bigger problems later.',
        lane: 1,
        owner: 'mentee',
        milestones: [
          { title: 'Practise the situation-behaviour-impact model', dueInDays: -17, done: true },
          { title: 'Hold the conversation with Sam', dueInDays: -5, done: true },
          { title: 'Write down what I learned', dueInDays: 1, done: false },
        ],
      },
      {
        title: 'Build a hiring plan for the next two roles',
        why: 'The team grows to eight people this year.',
        lane: 0,
        owner: null,
        milestones: [
          { title: 'Map the skills the team has today', dueInDays: 9, done: false },
          { title: 'Draft both job descriptions', dueInDays: 23, done: false },
        ],
      },
    ],
    reviews: [
      {
        daysAgo: 35,
        menteeRating: 4,
        mentorRating: 4,
        wentWell: 'The first retrospective happened and the team asked for another.',
        toChange: 'I still postpone hard conversations.',
        nextSteps: 'Prepare and hold the conversation with Sam.',
      },
      {
        daysAgo: 6,
        menteeRating: 5,
        mentorRating: 4,
        wentWell: 'The feedback conversation with Sam went well and built trust.',
        toChange: 'Start hiring work earlier; it keeps slipping.',
        nextSteps: 'Skills map and two job descriptions.',
      },
    ],
    feedback: [
      { from: 'mentee', daysAgo: 34, score: 5, comment: 'Priya asks exactly the right questions and never just tells me the answer.' },
      { from: 'mentor', daysAgo: 34, score: 4, comment: 'Amara comes prepared and follows through.', learned: 'How much a simple retro template helps a brand-new manager.' },
      { from: 'mentee', daysAgo: 5, score: 5, comment: 'The rehearsal made the real conversation easy.' },
    ],
    reflection: {
      daysAgo: 3,
      prompt: 'What did you do differently this time?',
      body: 'I listened before I explained. Sam told me about the tooling problem because I left room for it. Next time I will ask the question earlier.',
    },
    resource: { title: 'Radical Candor', url: 'https://www.radicalcandor.com/the-book/', kind: 'BOOK', note: 'Chapters 3 and 4 for the feedback conversations.' },
  },
  {
    mentee: 'lucas',
    mentor: 'daniel',
    terms: { meetingCadence: 'EVERY_TWO_WEEKS', reviewEveryWeeks: 4, goals: ['Say no to stakeholders', 'Write a product strategy'] },
    startedDaysAgo: 56,
    agreed: true,
    sessions: [
      {
        daysAgo: 54,
        title: 'Kick-off',
        chat: [
          ['mentor', 'Welcome Lucas! What is on your plate right now?'],
          ['mentee', 'Eleven teams asking my team for things, and no way to say no.'],
          ['mentor', 'Let us start by writing down what your team is for. Everything else follows from that.'],
        ],
      },
      {
        daysAgo: 40,
        title: 'Saying no',
        chat: [
          ['mentee', 'I tried the “yes, and here is what moves” answer with sales. It worked!'],
          ['mentor', 'Nice. Keep a list of what you declined and why; it becomes your strategy.'],
          ['mentee', 'Busy weeks ahead, I will message when things calm down.'],
        ],
      },
    ],
    goals: [
      {
        title: 'Say no to stakeholders without drama',
        why: 'The team is drowning in requests.',
        lane: 1,
        owner: 'mentee',
        milestones: [
          { title: 'Write the team charter', dueInDays: -30, done: true },
          { title: 'Share the request intake process', dueInDays: -5, done: false },
        ],
      },
      {
        title: 'Write a product strategy my team believes in',
        why: 'We need a direction beyond the next sprint.',
        lane: 0,
        owner: 'mentee',
        milestones: [{ title: 'Interview five customers', dueInDays: 20, done: false }],
      },
    ],
    reviews: [
      {
        daysAgo: 30,
        menteeRating: 3,
        mentorRating: 4,
        wentWell: 'The team charter exists and stakeholders read it.',
        toChange: 'We keep postponing our sessions.',
        nextSteps: 'Roll out the intake process.',
      },
    ],
    feedback: [{ from: 'mentee', daysAgo: 29, score: 4, comment: 'Practical advice I could use the next day.' }],
  },
  {
    mentee: 'mei',
    mentor: 'sofia',
    terms: { meetingCadence: 'MONTHLY', reviewEveryWeeks: 6, responseTimeHours: 48, goals: ['Set up design critique', 'Grow into the lead role'] },
    startedDaysAgo: 42,
    agreed: true,
    sessions: [
      {
        daysAgo: 40,
        title: 'Getting started',
        chat: [
          ['mentor', 'Hola Mei! Tell me about your team.'],
          ['mentee', 'Four designers, two of them remote. Critique only happens the day before launch.'],
          ['mentor', 'Then a small weekly critique is the first thing to try. Thirty minutes, one piece of work, a clear question.'],
        ],
      },
      {
        daysAgo: 12,
        title: 'First critiques',
        chat: [
          ['mentee', 'We held two critiques! People were shy at first.'],
          ['mentor', 'That is normal. Try asking the presenter to say what kind of feedback they want.'],
          ['mentee', 'Good idea, I will try that next week.'],
        ],
      },
      {
        daysAgo: 3,
        title: 'Quick question',
        chat: [['mentee', 'Sofia, one of my designers asked to lead the critique. Should I let them even though they are the most junior?']],
      },
    ],
    goals: [
      {
        title: 'Set up a weekly design critique',
        why: 'Feedback only happens right before launch.',
        lane: 1,
        owner: 'mentee',
        milestones: [
          { title: 'Agree on the format with the team', dueInDays: -20, done: true },
          { title: 'Hold four critiques in a row', dueInDays: 10, done: false },
        ],
      },
    ],
    reviews: [
      {
        daysAgo: 14,
        menteeRating: 4,
        mentorRating: 5,
        wentWell: 'Critique is now a weekly habit.',
        toChange: 'Let others facilitate.',
        nextSteps: 'Rotate the facilitator.',
      },
    ],
    feedback: [
      { from: 'mentee', daysAgo: 13, score: 4, comment: 'Warm and encouraging; I always leave with a next step.' },
      { from: 'mentor', daysAgo: 13, score: 5, comment: 'Mei tries things right away.', learned: 'Remote critique needs more structure than I thought.' },
    ],
  },
  {
    mentee: 'jonas',
    mentor: 'priya',
    terms: { meetingCadence: 'WEEKLY', reviewEveryWeeks: 4, goals: ['Delegate code reviews'] },
    startedDaysAgo: 2,
    agreed: false,
    sessions: [],
    goals: [],
    reviews: [],
    feedback: [],
  },
  {
    mentee: 'aisha',
    mentor: 'henrik',
    terms: { meetingCadence: 'WEEKLY', reviewEveryWeeks: 4, goals: ['Choose a career path'] },
    startedDaysAgo: 84,
    agreed: true,
    sessions: [
      ...weekly('Career conversation', 10, 81).map((session, index) =>
        index === 9
          ? {
              ...session,
              title: 'Decision',
              chat: [
                ['mentee', 'I accepted the staff engineer offer!'],
                ['mentor', 'Congratulations, Aisha. You made the choice with your eyes open.'],
                ['mentee', 'Thank you for all the questions that got me there.'],
              ] as [Side, string][],
            }
          : session,
      ),
    ],
    goals: [
      {
        title: 'Decide between the manager and staff engineer paths',
        why: 'I have an offer for both.',
        lane: 2,
        owner: 'mentee',
        milestones: [
          { title: 'Talk to three people on each path', dueInDays: -60, done: true },
          { title: 'Write down what energises me', dueInDays: -40, done: true },
          { title: 'Decide', dueInDays: -18, done: true },
        ],
      },
    ],
    reviews: [
      { daysAgo: 56, menteeRating: 4, mentorRating: 4, wentWell: 'Six conversations done.', toChange: 'Write notes right after each one.', nextSteps: 'Energy journal.' },
      { daysAgo: 28, menteeRating: 5, mentorRating: 5, wentWell: 'The journal made the pattern obvious.', toChange: 'Nothing.', nextSteps: 'Decide.' },
    ],
    feedback: [
      { from: 'mentee', daysAgo: 10, score: 5, comment: 'Henrik never pushed me either way; that was exactly what I needed.' },
      { from: 'mentor', daysAgo: 10, score: 5, comment: 'Thoughtful and honest with herself.', learned: 'An energy journal beats a pros-and-cons list.' },
    ],
    ending: { change: 'complete', daysAgo: 9, reason: 'Aisha made her decision and starts her new role.' },
  },
  {
    mentee: 'tom',
    mentor: 'daniel',
    terms: { meetingCadence: 'EVERY_TWO_WEEKS', reviewEveryWeeks: 6, goals: ['Better one-to-ones'] },
    startedDaysAgo: 35,
    agreed: true,
    sessions: weekly('One-to-ones', 2, 33).map((s, i) => ({ ...s, daysAgo: 33 - 14 * i })),
    goals: [
      {
        title: 'Run better one-to-ones',
        why: 'Mine turn into status updates.',
        lane: 1,
        owner: 'mentee',
        milestones: [{ title: 'Try the “what is on your mind” opener for a month', dueInDays: 14, done: false }],
      },
    ],
    reviews: [],
    feedback: [],
    ending: { change: 'pause', daysAgo: 10 },
  },
];

/** Requests people sent mentors directly, answered after different times (hours after sending; null: not answered). */
export const REQUESTS: { mentee: string; mentor: string; daysAgo: number; answer: { afterHours: number; kind: 'decline' | 'ask'; text: string } | null; message: string }[] = [
  {
    mentee: 'nora',
    mentor: 'priya',
    daysAgo: 25,
    answer: { afterHours: 60, kind: 'decline', text: 'My calendar is full this quarter; Henrik would be a great fit for interview preparation.' },
    message: 'Hi Priya, I have my first leadership interview next month and would love help preparing for the management questions.',
  },
  {
    mentee: 'nora',
    mentor: 'henrik',
    daysAgo: 20,
    answer: { afterHours: 5, kind: 'decline', text: 'I am finishing a mentorship right now; please ask again in a few weeks.' },
    message: 'Hello Henrik, Priya suggested you for interview preparation for a leadership role. Would you have time?',
  },
  {
    mentee: 'ravi',
    mentor: 'sofia',
    daysAgo: 6,
    answer: { afterHours: 30, kind: 'ask', text: 'Happy to help! Are you looking for design or engineering leadership advice?' },
    message: 'Hi Sofia, I am a senior engineer moving towards a tech lead role and want to learn how to run good critiques of technical designs.',
  },
  {
    mentee: 'nora',
    mentor: 'daniel',
    daysAgo: 16,
    answer: null, // expired unanswered
    message: 'Hi Daniel, could you help me prepare the product strategy part of my interview? It is in four weeks.',
  },
  {
    mentee: 'ravi',
    mentor: 'henrik',
    daysAgo: 12.5,
    answer: null, // still open: expires in a day and a half
    message: 'Hello Henrik, I would love guidance on moving from senior engineer to tech lead without leaving engineering.',
  },
];
