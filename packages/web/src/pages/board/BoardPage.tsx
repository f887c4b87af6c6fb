import { useParams } from 'react-router';
import { GoalBoardView } from './GoalBoardView';

/** `/mentorships/:id/board`: the pair's shared goal board, live. */
export function BoardPage() {
  const { id = '' } = useParams();
  return <GoalBoardView mentorshipId={id} />;
}
