import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconArrowLeft from '@tabler/icons-react/icons/IconArrowLeft';
import IconPlus from '@tabler/icons-react/icons/IconPlus';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import {
  applyBoardEvent,
  archivedGoals,
  boardFromApi,
  dropIndex,
  dropNeighbours,
  goalFromApi,
  goalsInLane,
  localPosition,
  placeGoal,
  type BoardEvent,
  type BoardState,
  type GoalFromApi,
} from '../../domain/board';
import { relativeTime } from '../../domain/dates';
import { BoardGoalDocument, CreateGoalDocument, GoalBoardActivityDocument, GoalBoardDocument, MoveGoalDocument, RestoreGoalDocument } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { SectionCard } from '../../ui/SectionCard';
import classes from './Board.module.css';
import { GoalCardBody, SortableGoalCard, type MoveTarget } from './GoalCard';
import { GoalDrawer } from './GoalDrawer';
import { useBoardStream } from './use-board-stream';

const LANE_PREFIX = 'lane:';

/** `/mentorships/:id/board`: the pair's shared goal board, live. */
export function BoardPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, loading, refetch } = useQuery(GoalBoardDocument, { variables: { id }, fetchPolicy: 'network-only', refetchOn: { reconnect: false } });
  const client = useApolloClient();
  const [activity, setActivity] = useState<readonly { seq: number; sentence: string; at: string }[] | null>(null);
  const [state, setState] = useState<BoardState | null>(null);
  const [openGoalId, setOpenGoalId] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [moveGoal] = useMutation(MoveGoalDocument);
  const [restoreGoal] = useMutation(RestoreGoalDocument);
  const activityTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const mentorship = data?.node?.__typename === 'Mentorship' ? data.node : null;
  const board = mentorship?.goalBoard ?? null;

  // The board as first loaded is the starting point the stream's events build on; later cache
  // writes (mutation results) must not reset it, so it is taken once per board (or on a reload).
  const loadedBoardId = useRef<string | null>(null);
  useEffect(() => {
    if (board && loadedBoardId.current !== board.id) {
      loadedBoardId.current = board.id;
      setState(boardFromApi(board));
    }
  }, [board]);

  const announce = useCallback((message: string) => {
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);

  const refreshActivity = useCallback(() => {
    clearTimeout(activityTimer.current);
    // The feed's sentences are the server's; fetched afresh (outside the cache) after each burst of events.
    activityTimer.current = setTimeout(() => {
      client
        .query({ query: GoalBoardActivityDocument, variables: { id }, fetchPolicy: 'no-cache' })
        .then(({ data: fresh }) => {
          const items = fresh?.node && 'goalBoard' in fresh.node ? fresh.node.goalBoard?.activity : undefined;
          if (items) setActivity(items);
        })
        .catch(() => {});
    }, 250);
  }, [client, id]);

  useBoardStream(board?.id, board?.head, (event) => {
    setState((current) => (current ? applyBoardEvent(current, event) : current));
    refreshActivity();
    // Archived goals are loaded without milestones: a goal restored by the other person is fetched whole.
    const restoredId = event.type === 'goal.restored' ? (event.payload as { goalId?: string } | null)?.goalId : undefined;
    if (restoredId) {
      client
        .query({ query: BoardGoalDocument, variables: { id: restoredId }, fetchPolicy: 'no-cache' })
        .then(({ data: fresh }) => {
          if (fresh?.node && 'milestones' in fresh.node) applyGoal(fresh.node);
        })
        .catch(() => {});
    }
    if (event.actorId && event.actorId !== viewer?.id && event.type === 'goal.created') {
      const title = (event.payload as { title?: string } | null)?.title;
      if (title) announce(`New goal from your partner: “${title}”.`);
    }
  });

  const applyLocal = useCallback((event: BoardEvent) => setState((current) => (current ? applyBoardEvent(current, event) : current)), []);
  const applyGoal = useCallback(
    (goal: GoalFromApi) =>
      setState((current) => {
        if (!current) return current;
        const existing = current.goals[goal.id];
        const next = goalFromApi(goal);
        if (existing && existing.version > next.version) return current;
        return { ...current, goals: { ...current.goals, [goal.id]: next } };
      }),
    [],
  );

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  if (!data || !viewer || (board && !state)) {
    return error ? (
      <ErrorState error={error} title="This board could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <PageSkeleton label="Loading the goal board…" />
    );
  }
  if (!mentorship || !board || !state) {
    return (
      <Page size="md">
        <PageHeader title="Goal board not available" description="The board belongs to an open mentorship of yours." />
        <Anchor component={Link} to={mentorship ? `/mentorships/${mentorship.id}` : '/mentorships'}>
          Back to the mentorship
        </Anchor>
      </Page>
    );
  }

  const asMentor = mentorship.mentor.id === viewer.id;
  const partner = asMentor ? mentorship.mentee : mentorship.mentor;
  const people = [mentorship.mentor, mentorship.mentee];
  const names: Record<string, string> = Object.fromEntries(people.map((person) => [person.id, person.id === viewer.id ? 'You' : person.displayName]));
  const laneName = (laneId: string) => state.lanes.find((lane) => lane.id === laneId)?.name ?? 'a lane';
  const openGoal = openGoalId ? state.goals[openGoalId] : undefined;
  const activeGoal = activeId ? state.goals[activeId] : undefined;

  async function move(goalId: string, target: MoveTarget) {
    const current = state!;
    const goal = current.goals[goalId];
    if (!goal) return;
    const laneIds = goalsInLane(current, target.laneId).map((item) => item.id);
    const index = Math.max(0, Math.min(target.index, laneIds.filter((item) => item !== goalId).length));
    if (goal.laneId === target.laneId && laneIds.indexOf(goalId) === index) return;
    const { afterId, beforeId } = dropNeighbours(laneIds, goalId, index);
    setState((now) => (now ? placeGoal(now, goalId, target.laneId, localPosition(now, target.laneId, afterId, beforeId)) : now));
    const count = laneIds.filter((item) => item !== goalId).length + 1;
    announce(`Moved “${goal.title}” to ${laneName(target.laneId)}, position ${index + 1} of ${count}.`);
    try {
      const { data: result } = await moveGoal({ variables: { input: { id: goalId, laneId: target.laneId, afterId, beforeId } } });
      const payload = result?.moveGoal;
      if (payload?.goal) {
        const { laneId, position } = payload.goal;
        setState((now) => (now ? placeGoal(now, goalId, laneId, position) : now));
      } else if (payload?.userErrors[0]) {
        throw new Error(payload.userErrors[0].message);
      }
    } catch (caught) {
      notifications.show({ color: 'red', title: 'Not moved', message: caught instanceof Error && !('errors' in caught) ? caught.message : describeError(caught) });
      const { data: fresh } = await refetch().catch(() => ({ data: undefined }));
      const freshBoard = fresh?.node?.__typename === 'Mentorship' ? fresh.node.goalBoard : null;
      if (freshBoard) setState(boardFromApi(freshBoard));
    }
  }

  function laneOf(id: string): string | null {
    if (id.startsWith(LANE_PREFIX)) return id.slice(LANE_PREFIX.length);
    return state!.goals[id]?.laneId ?? null;
  }

  function onDragStart(event: DragStartEvent) {
    setActiveId(String(event.active.id));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setActiveId(null);
    if (!over) return;
    const goalId = String(active.id);
    const targetLane = laneOf(String(over.id));
    const goal = state!.goals[goalId];
    if (!targetLane || !goal) return;
    const overId = String(over.id).startsWith(LANE_PREFIX) ? null : String(over.id);
    const laneIds = goalsInLane(state!, targetLane).map((item) => item.id);
    void move(goalId, { laneId: targetLane, index: dropIndex(laneIds, goalId, overId, goal.laneId === targetLane) });
  }

  const title = (dndId: string | number) => state.goals[String(dndId)]?.title ?? 'the goal';
  const where = (dndId: string | number | undefined) => {
    if (dndId === undefined) return 'outside the lanes';
    const lane = laneOf(String(dndId));
    return lane ? `in ${laneName(lane)}` : 'outside the lanes';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up “${title(active.id)}”. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => `“${title(active.id)}” is ${where(over?.id)}${over && !String(over.id).startsWith(LANE_PREFIX) ? `, at “${title(over.id)}”` : ''}.`,
    onDragEnd: ({ active, over }) => (over ? `Dropped “${title(active.id)}” ${where(over.id)}.` : `“${title(active.id)}” was put back.`),
    onDragCancel: ({ active }) => `Moving “${title(active.id)}” was cancelled; it is back where it was.`,
  };

  const archived = archivedGoals(state);
  const activityItems = activity ?? board.activity;

  return (
    <Page size="xl">
      <Anchor component={Link} to={`/mentorships/${mentorship.id}`} size="sm" mb="md" display="inline-block">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden /> The mentorship with {partner.displayName}
        </Group>
      </Anchor>
      <PageHeader
        eyebrow="Goal board"
        title={`Goals with ${partner.displayName}`}
        description="Your shared goals. Drag a card by its handle, or use its Move menu; changes appear for both of you at once."
        actions={
          <Button component={Link} to={`/mentorships/${mentorship.id}/reviews`} variant="default">
            Progress reviews
          </Button>
        }
      />
      <VisuallyHidden role="status" aria-live="polite" aria-atomic="true" data-board-announcer>
        {announcement}
      </VisuallyHidden>
      <div className={classes.layout}>
        <Stack gap="lg" style={{ minWidth: 0 }}>
          <DndContext
            sensors={sensors}
            collisionDetection={closestCorners}
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            onDragCancel={() => setActiveId(null)}
            accessibility={{
              announcements,
              screenReaderInstructions: { draggable: 'To move a goal, press Space on its handle, move it with the arrow keys, and press Space again to drop it. Escape cancels. Each card also has a Move menu.' },
            }}
          >
            <div className={classes.lanes} data-board={board.id}>
              {state.lanes.map((lane) => {
                const goals = goalsInLane(state, lane.id);
                return (
                  <Lane key={lane.id} id={lane.id} name={lane.name} count={goals.length} boardId={board.id} onCreated={applyGoal} announce={announce}>
                    <SortableContext id={lane.id} items={goals.map((goal) => goal.id)} strategy={verticalListSortingStrategy}>
                      <ul className={classes.cards} aria-label={`Goals in ${lane.name}`}>
                        {goals.map((goal, index) => (
                          <SortableGoalCard
                            key={goal.id}
                            goal={goal}
                            ownerName={goal.ownerId ? (names[goal.ownerId] ?? null) : null}
                            lanes={state.lanes}
                            index={index}
                            count={goals.length}
                            onOpen={() => setOpenGoalId(goal.id)}
                            onMove={(target) => void move(goal.id, target)}
                          />
                        ))}
                      </ul>
                    </SortableContext>
                  </Lane>
                );
              })}
            </div>
            <DragOverlay>
              {activeGoal ? (
                <ul className={classes.cards}>
                  <GoalCardBody goal={activeGoal} ownerName={activeGoal.ownerId ? (names[activeGoal.ownerId] ?? null) : null} lanes={state.lanes} index={0} count={1} overlay />
                </ul>
              ) : null}
            </DragOverlay>
          </DndContext>

          <SectionCard title="Archived goals" description="Goals set aside. Restore one to put it back on the board." data-archived-goals>
            {archived.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing archived.
              </Text>
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {archived.map((goal) => (
                  <Group key={goal.id} component="li" justify="space-between" wrap="nowrap" data-archived-goal={goal.title}>
                    <Text size="sm">{goal.title}</Text>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={async () => {
                        try {
                          const { data: result } = await restoreGoal({ variables: { input: { id: goal.id } } });
                          if (result?.restoreGoal.goal) applyGoal(result.restoreGoal.goal);
                          announce(`Restored “${goal.title}” to ${laneName(goal.laneId)}.`);
                        } catch (caught) {
                          notifications.show({ color: 'red', title: 'Not restored', message: describeError(caught) });
                        }
                      }}
                    >
                      Restore
                    </Button>
                  </Group>
                ))}
              </Stack>
            )}
          </SectionCard>
        </Stack>

        <Card withBorder padding="md" component="aside" aria-labelledby="board-activity" data-board-activity>
          <Title order={2} size="h4" id="board-activity" mb="sm">
            Activity
          </Title>
          {activityItems.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing yet. Add a goal to get started.
            </Text>
          ) : (
            <ol className={classes.activity}>
              {activityItems.map((item) => (
                <li key={item.seq}>
                  <Text size="sm">{item.sentence}</Text>
                  <Text size="xs" c="dimmed">
                    <time dateTime={item.at}>{relativeTime(item.at)}</time>
                  </Text>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>

      {openGoal && !openGoal.archived && (
        <GoalDrawer
          key={openGoal.id}
          goal={openGoal}
          people={people}
          partnerName={partner.displayName}
          onGoal={applyGoal}
          onEvent={applyLocal}
          onClose={() => setOpenGoalId(null)}
          announce={announce}
        />
      )}
    </Page>
  );
}

/** A lane: a drop target (also when empty), its cards, and adding a goal at its end. */
function Lane({
  id,
  name,
  count,
  boardId,
  onCreated,
  announce,
  children,
}: {
  id: string;
  name: string;
  count: number;
  boardId: string;
  onCreated: (goal: GoalFromApi) => void;
  announce: (message: string) => void;
  children: React.ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: `${LANE_PREFIX}${id}`, data: { laneId: id } });
  const [adding, setAdding] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const clientId = useRef<string>(crypto.randomUUID());
  const [createGoal, creating] = useMutation(CreateGoalDocument);
  const headingId = `lane-${id}`;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError('Give the goal a title.');
      return;
    }
    try {
      const { data } = await createGoal({ variables: { input: { boardId, laneId: id, title: title.trim(), clientMutationId: clientId.current } } });
      const payload = data?.createGoal;
      if (payload?.userErrors[0]) {
        setError(payload.userErrors[0].message);
        return;
      }
      if (payload?.goal) onCreated(payload.goal);
      announce(`Added “${title.trim()}” to ${name}.`);
      clientId.current = crypto.randomUUID();
      setTitle('');
      setError(null);
    } catch (caught) {
      setError(describeError(caught)); // the same client id makes a retry safe
    }
  }

  return (
    <section ref={setNodeRef} className={[classes.lane, isOver ? classes.laneOver : ''].join(' ')} aria-labelledby={headingId} data-lane={name}>
      <Group justify="space-between" gap="xs" px={4}>
        <Title order={2} size="h5" id={headingId}>
          {name}
        </Title>
        <Badge variant="light" color="gray" aria-label={`${count} goals`}>
          {count}
        </Badge>
      </Group>
      {children}
      {adding ? (
        <form onSubmit={(event) => void submit(event)} noValidate data-add-goal={name}>
          <Stack gap="xs">
            <TextInput
              label={`New goal in ${name}`}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              error={error}
              autoFocus
              onKeyDown={(event) => {
                if (event.key === 'Escape') setAdding(false);
              }}
            />
            <Group gap="xs">
              <Button type="submit" size="xs" loading={creating.loading}>
                Add goal
              </Button>
              <Button size="xs" variant="subtle" color="gray" onClick={() => setAdding(false)}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(true)} justify="flex-start">
          Add a goal<VisuallyHidden> to {name}</VisuallyHidden>
        </Button>
      )}
    </section>
  );
}
