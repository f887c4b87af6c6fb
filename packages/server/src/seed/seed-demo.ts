import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../auth/password.js';
import { sessionViewer } from '../auth/viewer.js';
import { idOfType } from '../graphql/relay/node.js';
import { boardStream } from '../modules/goal-boards/goal-boards.service.js';
import type { Services } from '../services.js';
import type { Outcome } from '../modules/accounts/accounts.service.js';
import { User } from '../modules/accounts/user.entity.js';
import { EnrollmentRole } from '../modules/programs/program.types.js';
import { occurrencesBetween } from '../modules/meetings/occurrences.js';
import { ADMIN, DEMO_PASSWORD, emailOf, MENTEES, MENTORS, ORGANISATION, PROGRAM } from './demo-people.js';
import { REQUESTS, STORIES, type Side, type Story } from './demo-stories.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export type DemoAccount = { role: string; name: string; email: string; about: string };
export type SeedResult = { seeded: boolean; message: string; accounts: DemoAccount[]; password: string };

/** Why seeding stopped without changing anything. */
export class SeedRefused extends Error {
  override name = 'SeedRefused';
}

/** The accounts to sign in with, for the README and the command's output. */
export function demoAccounts(): DemoAccount[] {
  return [
    { role: 'Program admin', name: ADMIN.name, email: emailOf(ADMIN.name), about: `runs ${ORGANISATION}'s ${PROGRAM.name}: program insights, enrolments, matching` },
    { role: 'Mentee', name: 'Amara Osei', email: emailOf('Amara Osei'), about: 'an active mentorship with Priya: goal board, chat history, reviews' },
    { role: 'Mentor', name: 'Priya Raman', email: emailOf('Priya Raman'), about: "Amara's mentor; Jonas is waiting on her agreement" },
    { role: 'Mentee', name: 'Lucas Moreau', email: emailOf('Lucas Moreau'), about: 'a stalled mentorship with an overdue review' },
    { role: 'Mentor', name: 'Henrik Larsen', email: emailOf('Henrik Larsen'), about: 'a completed mentorship; a request about to expire' },
  ];
}

const must = <T>(outcome: Outcome<T>, what: string): T => {
  if (!outcome.ok) throw new Error(`Seeding failed at ${what}: ${JSON.stringify(outcome.userErrors)}`);
  return outcome.value;
};

/**
 * Fills an empty database with a demo organisation: an admin, a program,
 * mentors and mentees with real-looking profiles, and mentorships at every
 * stage with boards, sessions, chat, meetings, reviews and feedback, plus
 * requests answered after different times. Everything goes through the
 * services, so notifications, board and room streams are what real use
 * would have written; afterwards timestamps are moved into the past
 * (relative to `now`) so the history looks lived in.
 *
 * Refuses (SeedRefused) when the demo is there already, or when the database
 * holds other accounts, unless `force`: demo people would then show up in
 * real searches.
 */
export async function seedDemoData(deps: { em: EntityManager; services: Services }, options: { now?: Date; force?: boolean } = {}): Promise<SeedResult> {
  const { services } = deps;
  const em = deps.em.fork();
  const now = options.now ?? new Date();
  const accounts = demoAccounts();
  const adminEmail = emailOf(ADMIN.name);
  if (await em.count(User, { email: adminEmail })) {
    return { seeded: false, message: `The demo data is there already (${adminEmail} exists); nothing changed.`, accounts, password: DEMO_PASSWORD };
  }
  const others = await em.count(User, {});
  if (others && !options.force) {
    throw new SeedRefused(`The database already has ${others} account${others === 1 ? '' : 's'}; demo data is meant for an empty one. Nothing changed. Run \`pnpm seed --force\` to add it anyway.`);
  }

  const ago = (days: number, hour = 17, minute = 0) => {
    const date = new Date(now.getTime() - days * DAY);
    date.setUTCHours(hour, minute, 0, 0);
    return date;
  };
  const sql = (query: string, params: unknown[]) => em.execute(query, params);

  // People. The admin first, alone: if another seed runs at the same time, the unique email stops one of them here.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const person = (name: string) => em.create(User, { email: emailOf(name), displayName: name, passwordHash, emailVerifiedAt: now, createdAt: ago(100) });
  let admin: User;
  try {
    admin = person(ADMIN.name);
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new SeedRefused('Another seed is adding the demo data right now; nothing changed here.');
    throw error;
  }
  const users = new Map<string, User>([[ADMIN.key, admin]]);
  for (const { key, name } of [...MENTORS, ...MENTEES]) users.set(key, person(name));
  await em.flush();
  const user = (key: string) => users.get(key)!;

  await services.accounts.completeOnboarding(em, admin, { asMentor: false, asMentee: true });
  for (const mentor of MENTORS) {
    await services.accounts.completeOnboarding(em, user(mentor.key), { asMentor: true, asMentee: false });
    must(await services.mentorProfiles.update(em, user(mentor.key), { ...mentor.profile, acceptingRequests: true, visibility: 'MEMBERS' }), `${mentor.name}'s profile`);
  }
  for (const mentee of MENTEES) {
    await services.accounts.completeOnboarding(em, user(mentee.key), { asMentor: false, asMentee: true });
    must(await services.needsAssessments.update(em, user(mentee.key), { ...mentee.needs }), `${mentee.name}'s needs assessment`);
  }

  // The organisation and its program, started twelve weeks ago.
  const organization = must(await services.programs.createOrganization(em, admin, { name: ORGANISATION }), 'the organisation');
  const program = must(
    await services.programs.createProgram(em, admin, {
      organizationId: organization.id,
      name: PROGRAM.name,
      description: PROGRAM.description,
      startsOn: ago(90).toISOString().slice(0, 10),
      endsOn: new Date(now.getTime() + 90 * DAY).toISOString().slice(0, 10),
      enrollmentQuestions: [{ prompt: PROGRAM.question, required: true }],
    }),
    'the program',
  );
  const questionId = program.enrollmentQuestions[0]!.id;
  const inProgram = [...new Set(STORIES.flatMap((story) => [story.mentor, story.mentee]))];
  for (const key of inProgram) {
    const role = MENTORS.some((mentor) => mentor.key === key) ? EnrollmentRole.MENTOR : EnrollmentRole.MENTEE;
    const answer = role === EnrollmentRole.MENTOR ? 'To give back what my own mentors gave me.' : 'Confidence in the parts of management nobody taught me.';
    const enrollment = must(await services.programs.enroll(em, user(key), { programId: program.id, role, answers: [{ questionId, answer }] }), `enrolling ${key}`);
    must(await services.programs.reviewEnrollment(em, admin, { enrollmentId: enrollment.id, approve: true }), `approving ${key}`);
  }
  await sql(`update program_enrollments set created_at = ?, decided_at = ? where program_uuid = ?`, [ago(88), ago(86), program.uuid]);

  const mentorships = must(
    await services.programs.matchPairs(em, admin, {
      programId: program.id,
      pairs: STORIES.map((story) => ({ menteeId: user(story.mentee).id, mentorId: user(story.mentor).id })),
    }),
    'matching the pairs',
  );

  for (const [index, story] of STORIES.entries()) {
    await tellStory(story, mentorships[index]!.id);
  }
  for (const request of REQUESTS) await sendRequest(request);

  return {
    seeded: true,
    message: `Demo data added: ${ORGANISATION} with ${PROGRAM.name}, ${MENTORS.length} mentors, ${MENTEES.length} mentees and ${STORIES.length} mentorships.`,
    accounts,
    password: DEMO_PASSWORD,
  };

  async function tellStory(story: Story, mentorshipId: string) {
    const mentorshipUuid = idOfType(mentorshipId, 'Mentorship')!;
    const side = (who: Side) => user(who === 'mentor' ? story.mentor : story.mentee);
    const mentor = side('mentor');
    const mentee = side('mentee');
    const startedAt = ago(story.startedDaysAgo, 16);

    const proposal = must(
      await services.agreements.propose(em, mentor, {
        mentorshipId,
        note: 'A first version from our kick-off call.',
        terms: {
          desiredOutcomes: ['Feel confident in the role'],
          meetingLengthMinutes: 45,
          channels: ['VIDEO', 'CHAT'],
          responseTimeHours: 48,
          confidentiality: 'What we discuss stays between us unless we agree otherwise.',
          endDate: null,
          ...story.terms,
        },
      }),
      'an agreement',
    );
    if (story.agreed) must(await services.agreements.acknowledge(em, mentee, { mentorshipId, version: proposal.version }), 'acknowledging');
    await sql(`update mentorships set created_at = ?, started_at = case when started_at is null then null else ?::timestamptz end where uuid = ?`, [ago(story.startedDaysAgo + 2, 10), startedAt, mentorshipUuid]);
    await sql(`update agreement_versions set created_at = ? where uuid = ?`, [ago(story.startedDaysAgo + 1, 10), proposal.uuid]);
    await sql(`update agreement_acknowledgements set created_at = ? where agreement_version_uuid = ?`, [startedAt, proposal.uuid]);
    if (!story.agreed) return;

    // Live sessions and their chat, oldest first (a room's messages keep their order by seq).
    for (const session of story.sessions) {
      const room = must(await services.liveSessions.start(em, mentor, { mentorshipId, title: session.title }), 'a live session');
      await sql(`update live_sessions set created_at = ? where uuid = ?`, [ago(session.daysAgo, 17), room.uuid]);
      let lastSeq = 0;
      for (const [index, [who, body]] of session.chat.entries()) {
        const message = must(await services.messages.send(em, side(who), { sessionId: room.id, body, clientMutationId: `seed-${room.uuid}-${index}` }), 'a message');
        await sql(`update messages set created_at = ? where uuid = ?`, [ago(session.daysAgo, 17, 2 + index * 3), message.uuid]);
        lastSeq = message.seq;
      }
      // Both have read everything, except a question still waiting for its answer.
      const waiting = session === story.sessions.at(-1) && session.chat.at(-1)?.[0] === 'mentee' && session.chat.length === 1;
      for (const who of ['mentor', 'mentee'] as const) {
        if (lastSeq && !(waiting && who === 'mentor')) await services.liveSessions.markRead(em, side(who), { sessionId: room.id, seq: lastSeq });
      }
    }

    if (story.meetingSeries) {
      const first = story.sessions[0]!;
      const meeting = must(
        await services.meetings.schedule(em, mentor, {
          mentorshipId,
          title: story.meetingSeries.title,
          agenda: ['What happened since last time', 'One thing to practise', 'Next steps'],
          videoLink: 'https://meet.example.com/weekly-check-in',
          localStart: ago(first.daysAgo, 17).toISOString().slice(0, 16),
          timeZone: 'UTC',
          durationMinutes: 45,
          recurrence: 'FREQ=WEEKLY;COUNT=26',
        }),
        'a meeting series',
      );
      await sql(`update meetings set created_at = ? where uuid = ?`, [ago(first.daysAgo + 1, 12), meeting.uuid]);
      const past = occurrencesBetween(meeting, ago(first.daysAgo + 1), now).filter((o) => o.startsAt <= now);
      for (const occurrence of past.slice(-story.meetingSeries.recorded)) {
        must(
          await services.meetings.recordOutcome(em, mentor, {
            meetingId: meeting.id,
            originalStart: occurrence.originalStart,
            attendedUserIds: [mentor.id, mentee.id],
            notes: 'Went through the week; agreed the next step.',
          }),
          'a meeting record',
        );
      }
    }

    // The goal board.
    const board = await services.goalBoards.forMentorship(em, mentorships.find((m) => m.uuid === mentorshipUuid)!);
    const lanes = await services.goalBoards.lanes(em, board);
    for (const [index, goal] of story.goals.entries()) {
      const created = must(
        await services.goalBoards.createGoal(em, mentee, {
          boardId: board.id,
          laneId: lanes[goal.lane]!.id,
          ownerId: goal.owner ? side(goal.owner).id : null,
          title: goal.title,
          whyItMatters: goal.why,
          clientMutationId: `seed-goal-${mentorshipUuid}-${index}`,
        }),
        'a goal',
      );
      await sql(`update goals set created_at = ? where uuid = ?`, [ago(story.startedDaysAgo - 1, 18), created.uuid]);
      for (const milestone of goal.milestones) {
        const dueOn = new Date(now.getTime() + milestone.dueInDays * DAY).toISOString().slice(0, 10);
        const added = must(await services.goalBoards.addMilestone(em, mentee, { goalId: created.id, title: milestone.title, dueOn }), 'a milestone');
        if (milestone.done) must(await services.goalBoards.updateMilestone(em, mentee, { milestoneId: added.id, done: true }), 'a milestone done');
      }
    }

    // The board's activity feed reads its stream: spread its events over the mentorship so far, in order.
    await sql(
      `update stream_events e set created_at = ?::timestamptz + (e.seq - 1) * ((?::timestamptz - ?::timestamptz) / greatest(1, (select s.last_seq from streams s where s.id = e.stream_id)))
        where e.stream_id = ?`,
      [ago(story.startedDaysAgo - 1, 18), ago(1, 18), ago(story.startedDaysAgo - 1, 18), boardStream(board.uuid)],
    );

    for (const review of story.reviews) {
      const written = must(
        await services.progressReviews.write(em, mentee, { mentorshipId, rating: review.menteeRating, wentWell: review.wentWell, toChange: review.toChange, nextSteps: review.nextSteps }),
        'a review',
      );
      if (review.mentorRating) must(await services.progressReviews.rate(em, mentor, { reviewId: written.id, rating: review.mentorRating }), 'a review rating');
      await sql(`update progress_reviews set created_at = ? where uuid = ?`, [ago(review.daysAgo, 18), written.uuid]);
    }
    for (const [index, feedback] of story.feedback.entries()) {
      const score = feedback.score;
      const given = must(
        await services.feedback.give(em, side(feedback.from), {
          mentorshipId,
          context: 'GENERAL',
          contextId: `seed-${index}`,
          ratings: { helpfulness: score, clarity: Math.max(1, score - (index % 2)), preparation: score, listening: score },
          comment: feedback.comment,
          learned: feedback.learned ?? '',
        }),
        'feedback',
      );
      await sql(`update feedback set created_at = ? where uuid = ?`, [ago(feedback.daysAgo, 19), given.uuid]);
    }
    if (story.reflection) {
      const written = must(
        await services.reflections.write(em, mentee, { mentorshipId, prompt: story.reflection.prompt, body: story.reflection.body, shared: true }),
        'a reflection',
      );
      await sql(`update reflections set created_at = ? where uuid = ?`, [ago(story.reflection.daysAgo, 20), written.uuid]);
    }
    if (story.resource) {
      must(await services.resources.share(em, mentor, { mentorshipId, ...story.resource, recommend: true }), 'a resource');
    }
    if (story.ending) {
      must(await services.mentorships.change(em, mentor, story.ending.change, { mentorshipId, reason: story.ending.reason ?? null }), `the mentorship's ${story.ending.change}`);
      if (story.ending.change === 'complete') await sql(`update mentorships set ended_at = ? where uuid = ?`, [ago(story.ending.daysAgo, 18), mentorshipUuid]);
    }
  }

  async function sendRequest(request: (typeof REQUESTS)[number]) {
    const mentee = user(request.mentee);
    const mentor = user(request.mentor);
    const sent = must(
      await services.mentorshipRequests.send(em, { ...sessionViewer(mentee, 'seed'), user: mentee }, {
        mentorId: mentor.id,
        message: request.message,
        clientMutationId: `seed-${request.mentee}-${request.mentor}`,
      }),
      'a request',
    );
    if (request.answer?.kind === 'decline') must(await services.mentorshipRequests.decline(em, mentor, { requestId: sent.id, reason: request.answer.text }), 'a decline');
    if (request.answer?.kind === 'ask') must(await services.mentorshipRequests.askForInformation(em, mentor, { requestId: sent.id, question: request.answer.text }), 'a question');
    const createdAt = new Date(now.getTime() - request.daysAgo * DAY);
    const answeredAt = request.answer ? new Date(createdAt.getTime() + request.answer.afterHours * HOUR) : null;
    await sql(
      `update mentorship_requests set created_at = ?, expires_at = ?, responded_at = ?,
              decided_at = case when status = 'DECLINED' then ?::timestamptz else decided_at end,
              exchanges = (select coalesce(jsonb_agg(jsonb_set(e, '{at}', to_jsonb(?::timestamptz))), '[]'::jsonb) from jsonb_array_elements(exchanges) e)
        where uuid = ?`,
      [createdAt, new Date(createdAt.getTime() + 14 * DAY), answeredAt, answeredAt, answeredAt ?? createdAt, sent.uuid],
    );
  }
}

