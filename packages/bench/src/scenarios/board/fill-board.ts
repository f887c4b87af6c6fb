import { randomUUID } from 'node:crypto';
import { User } from '@mentorspace/server/dist/modules/accounts/user.entity.js';
import type { Pair, Population } from '../../population.js';
import type { Progress } from '../../progress.js';

const SKILLS = ['System design', 'Public speaking', 'Code review', 'Hiring'];

/** What a filled board holds, for the report. */
export type BoardFill = { goals: number; archived: number; milestones: number };

/**
 * Fills a pair's board through the services, as the web app would: `goals`
 * cards spread over the lanes, each with 3 to 5 milestones (some done), an
 * owner (the mentee, the mentor, now and then nobody), and one card in ten
 * archived. A few cards are written at once (they share the board's stream).
 */
export async function fillBoard(population: Population, pair: Pair, goals: number, progress: Progress): Promise<BoardFill> {
  const em = () => population.database.orm.em.fork();
  const mentee = await em().findOneOrFail(User, { uuid: pair.mentee.userUuid });
  const owners = [pair.mentee.userId, pair.mentor.userId, pair.mentee.userId, null];
  const { goalBoards } = population.services;
  const fill: BoardFill = { goals, archived: 0, milestones: 0 };
  let next = 0;
  const worker = async () => {
    while (next < goals) {
      const index = next++;
      const created = await goalBoards.createGoal(em(), mentee, {
        boardId: pair.boardId,
        laneId: pair.laneIds[index % pair.laneIds.length]!,
        title: `Goal ${index + 1}: lead a design review`,
        description: 'Prepare the document, invite the team, run the meeting and write up the decisions.',
        whyItMatters: 'Reviews are where the team learns to reason about trade-offs.',
        linkedSkills: SKILLS.slice(0, 1 + (index % SKILLS.length)),
        targetDate: `2027-0${1 + (index % 9)}-15`,
        ownerId: owners[index % owners.length],
        clientMutationId: randomUUID(),
      });
      if (!created.ok) throw new Error(`createGoal failed: ${JSON.stringify(created.userErrors)}`);
      const goalId = created.value.id;
      const milestones = 3 + (index % 3);
      for (let m = 0; m < milestones; m++) {
        const added = await goalBoards.addMilestone(em(), mentee, { goalId, title: `Step ${m + 1}`, dueOn: m % 2 ? `2027-0${1 + m}-01` : null });
        if (!added.ok) throw new Error(`addMilestone failed: ${JSON.stringify(added.userErrors)}`);
        if (m < index % 4) await goalBoards.updateMilestone(em(), mentee, { milestoneId: added.value.id, done: true });
      }
      fill.milestones += milestones;
      if (index % 10 === 9) {
        await goalBoards.setArchived(em(), mentee, goalId, true);
        fill.archived++;
      }
      progress.update(`board of ${goals}: ${index + 1} goals written`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return fill;
}
