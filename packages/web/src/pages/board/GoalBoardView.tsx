import {
  closestCenter,
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { rectSortingStrategy, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconArrowLeft from '@tabler/icons-react/icons/IconArrowLeft';
import IconExternalLink from '@tabler/icons-react/icons/IconExternalLink';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import {
  applyBoardEvent,
  archivedGoals,
  boardFromApi,
  dropIndex,
  dropNeighbours,
  goalFromApi,
  goalsInLane,
  localLanePosition,
  localPosition,
  placeGoal,
  placeLane,
  type BoardEvent,
  type BoardState,
  type GoalFromApi,
} from '../../domain/board';
import { editorsOf, othersOnBoard } from '../../domain/board-presence';
import { relativeTime } from '../../domain/dates';
import { BoardGoalDocument, GoalBoardActivityDocument, GoalBoardDocument, MoveGoalDocument, MoveLaneDocument, RestoreGoalDocument } from '../../graphql/documents';
import { describeError, UserFacingError } from '../../graphql/errors';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { SectionCard } from '../../ui/SectionCard';
import classes from './Board.module.css';
import { BoardLaneColumn, LANE_PREFIX } from './BoardLaneColumn';
import { BoardPresenceAvatars } from './BoardPresenceAvatars';
import { GoalCardBody, SortableGoalCard, type MoveTarget } from './GoalCard';
import { GoalDrawer } from './GoalDrawer';
import { useBoardPresence } from './use-board-presence';
import { useBoardStream } from './use-board-stream';

export interface GoalBoardViewProps {
  mentorshipId: string;
  /**
   * `page`: the board page, with its header, archive and activity feed.
   * `embedded`: the lanes alone under a small heading, beside the chat of a live session.
   */
  variant?: 'page' | 'embedded';
}

/** While a lane is dragged only lanes are targets; a card may land on a card or a lane. */
const collisionDetection: CollisionDetection = (args) =>
  args.active.data.current?.type === 'lane'
    ? closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((container) => String(container.id).startsWith(LANE_PREFIX)) })
    : closestCorners(args);

/**
 * The pair's shared goal board, live: lanes and cards moved by drag and drop
 * or by menus, the goal editor, who else is on the board and which card they
 * are editing. The board page and the live session room both show it.
 */
export function GoalBoardView({ mentorshipId: id, variant = 'page' }: GoalBoardViewProps) {
  const embedded = variant === 'embedded';
  const { viewer } = useViewer();
  const { data, error, loading, refetch } = useQuery(GoalBoardDocument, { variables: { id }, fetchPolicy: 'network-only', refetchOn: { reconnect: false } });
  const client = useApolloClient();
  const [activity, setActivity] = useState<readonly { seq: number; sentence: string; at: string }[] | null>(null);
  const [state, setState] = useState<BoardState | null>(null);
  const [openGoalId, setOpenGoalId] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [moveGoal] = useMutation(MoveGoalDocument);
  const [moveLane] = useMutation(MoveLaneDocument);
  const [restoreGoal] = useMutation(RestoreGoalDocument);
  const activityTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const mentorship = data?.node?.__typename === 'Mentorship' ? data.node : null;
  const board = mentorship?.goalBoard ?? null;
  const editingGoalId = openGoalId && state?.goals[openGoalId] && !state.goals[openGoalId]!.archived ? openGoalId : null;
  const presence = useBoardPresence(board?.id, editingGoalId);

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
    if (embedded) return;
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
  }, [client, id, embedded]);

  const stream = useBoardStream(
    board?.id,
    board?.head,
    (event) => {
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
    },
    presence.onSignal,
  );

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
      <ErrorState inline={embedded} error={error} title="This board could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : embedded ? (
      <Card withBorder padding="lg" aria-busy="true">
        <Text size="sm" c="dimmed">
          Loading the goal board…
        </Text>
      </Card>
    ) : (
      <PageSkeleton label="Loading the goal board…" />
    );
  }
  if (!mentorship || !board || !state) {
    return embedded ? (
      <Text size="sm" c="dimmed">
        The goal board is there while the mentorship is open.
      </Text>
    ) : (
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
  const activeLane = activeId?.startsWith(LANE_PREFIX) ? state.lanes.find((lane) => `${LANE_PREFIX}${lane.id}` === activeId) : undefined;
  const others = othersOnBoard(presence.presence, viewer.id, presence.now);
  const editorNames = (goalId: string) => editorsOf(presence.presence, goalId, viewer.id, presence.now).map((entry) => entry.displayName);

  async function reload() {
    const { data: fresh } = await refetch().catch(() => ({ data: undefined }));
    const freshBoard = fresh?.node?.__typename === 'Mentorship' ? fresh.node.goalBoard : null;
    if (!freshBoard) return;
    // The board as of its head replaces what the events built; those after it (some may have come in
    // while the reload was on its way) are handed over again.
    setState(boardFromApi(freshBoard));
    stream.replayFrom(freshBoard.head);
  }

  async function move(goalId: string, target: MoveTarget) {
    const current = state!;
    const goal = current.goals[goalId];
    if (!goal) return;
    const laneIds = goalsInLane(current, target.laneId).map((item) => item.id);
    const index = Math.max(0, Math.min(target.index, laneIds.filter((item) => item !== goalId).length));
    if (goal.laneId === target.laneId && laneIds.indexOf(goalId) === index) return;
    const { afterId, beforeId } = dropNeighbours(laneIds, goalId, index);
    const local = localPosition(current, target.laneId, afterId, beforeId);
    setState((now) => (now ? placeGoal(now, goalId, target.laneId, local) : now));
    const count = laneIds.filter((item) => item !== goalId).length + 1;
    announce(`Moved “${goal.title}” to ${laneName(target.laneId)}, position ${index + 1} of ${count}.`);
    try {
      const { data: result } = await moveGoal({ variables: { input: { id: goalId, laneId: target.laneId, afterId, beforeId } } });
      const payload = result?.moveGoal;
      if (payload?.goal) {
        const { laneId, position } = payload.goal;
        // Only over the local guess: if the stream already moved the card (our own event, or a later move by
        // the other person), that is newer than this answer.
        setState((now) => (now?.goals[goalId]?.position === local ? placeGoal(now, goalId, laneId, position) : now));
      } else if (payload?.userErrors[0]) {
        throw new UserFacingError(payload.userErrors[0].message);
      }
    } catch (caught) {
      notifications.show({ color: 'red', title: 'Not moved', message: describeError(caught) });
      await reload();
    }
  }

  /** Puts a lane at `index` among the lanes (0 = first), at once here and then on the server. */
  async function moveLaneTo(laneId: string, index: number) {
    const current = state!;
    const laneIds = current.lanes.map((lane) => lane.id);
    const to = Math.max(0, Math.min(index, laneIds.length - 1));
    if (laneIds.indexOf(laneId) === to || !laneIds.includes(laneId)) return;
    const { afterId, beforeId } = dropNeighbours(laneIds, laneId, to);
    const local = localLanePosition(current, afterId, beforeId);
    setState((now) => (now ? placeLane(now, laneId, local) : now));
    announce(`Moved the lane ${laneName(laneId)} to position ${to + 1} of ${laneIds.length}.`);
    try {
      const { data: result } = await moveLane({ variables: { input: { laneId, afterId, beforeId } } });
      const payload = result?.moveLane;
      if (payload?.lane) {
        const { position } = payload.lane;
        // As for cards: the stream may have brought something newer already.
        setState((now) => (now?.lanes.find((lane) => lane.id === laneId)?.position === local ? placeLane(now, laneId, position) : now));
      } else if (payload?.userErrors[0]) {
        throw new UserFacingError(payload.userErrors[0].message);
      }
    } catch (caught) {
      notifications.show({ color: 'red', title: 'Lane not moved', message: describeError(caught) });
      await reload();
    }
  }

  function laneOf(dndId: string): string | null {
    if (dndId.startsWith(LANE_PREFIX)) return dndId.slice(LANE_PREFIX.length);
    return state!.goals[dndId]?.laneId ?? null;
  }

  function onDragStart(event: DragStartEvent) {
    setActiveId(String(event.active.id));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setActiveId(null);
    if (!over) return;
    const draggedId = String(active.id);
    const targetLane = laneOf(String(over.id));
    if (!targetLane) return;
    if (draggedId.startsWith(LANE_PREFIX)) {
      void moveLaneTo(draggedId.slice(LANE_PREFIX.length), state!.lanes.findIndex((lane) => lane.id === targetLane));
      return;
    }
    const goal = state!.goals[draggedId];
    if (!goal) return;
    const overId = String(over.id).startsWith(LANE_PREFIX) ? null : String(over.id);
    const laneIds = goalsInLane(state!, targetLane).map((item) => item.id);
    void move(draggedId, { laneId: targetLane, index: dropIndex(laneIds, draggedId, overId, goal.laneId === targetLane) });
  }

  const title = (dndId: string | number) => {
    const key = String(dndId);
    return key.startsWith(LANE_PREFIX) ? `the lane ${laneName(key.slice(LANE_PREFIX.length))}` : `“${state.goals[key]?.title ?? 'the goal'}”`;
  };
  const where = (dndId: string | number | undefined) => {
    if (dndId === undefined) return 'outside the lanes';
    const lane = laneOf(String(dndId));
    return lane ? `in ${laneName(lane)}` : 'outside the lanes';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${title(active.id)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => {
      if (String(active.id).startsWith(LANE_PREFIX)) return over ? `${title(active.id)} is at the place of ${title(over.id)}.` : `${title(active.id)} is outside the lanes.`;
      return `${title(active.id)} is ${where(over?.id)}${over && !String(over.id).startsWith(LANE_PREFIX) ? `, at ${title(over.id)}` : ''}.`;
    },
    onDragEnd: ({ active, over }) => (over ? `Dropped ${title(active.id)} ${where(over.id)}.` : `${title(active.id)} was put back.`),
    onDragCancel: ({ active }) => `Moving ${title(active.id)} was cancelled; it is back where it was.`,
  };

  const archived = archivedGoals(state);
  const activityItems = activity ?? board.activity;

  const lanes = (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move a goal or a lane, press Space on its handle, move it with the arrow keys, and press Space again to drop it. Escape cancels. Cards and lanes also have a Move menu.',
        },
      }}
    >
      <SortableContext id="lanes" items={state.lanes.map((lane) => `${LANE_PREFIX}${lane.id}`)} strategy={rectSortingStrategy}>
        <div className={[classes.lanes, embedded ? classes.lanesCompact : ''].join(' ')} data-board={board.id}>
          {state.lanes.map((lane, laneIndex) => {
            const goals = goalsInLane(state, lane.id);
            return (
              <BoardLaneColumn
                key={lane.id}
                id={lane.id}
                name={lane.name}
                count={goals.length}
                index={laneIndex}
                laneCount={state.lanes.length}
                boardId={board.id}
                onCreated={applyGoal}
                onMoveLane={(to) => void moveLaneTo(lane.id, to)}
                announce={announce}
              >
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
                        editors={editorNames(goal.id)}
                        laneDragging={Boolean(activeLane)}
                        onOpen={() => setOpenGoalId(goal.id)}
                        onMove={(target) => void move(goal.id, target)}
                      />
                    ))}
                  </ul>
                </SortableContext>
              </BoardLaneColumn>
            );
          })}
        </div>
      </SortableContext>
      <DragOverlay>
        {activeGoal ? (
          <ul className={classes.cards}>
            <GoalCardBody goal={activeGoal} ownerName={activeGoal.ownerId ? (names[activeGoal.ownerId] ?? null) : null} lanes={state.lanes} index={0} count={1} overlay />
          </ul>
        ) : activeLane ? (
          <div className={[classes.lane, classes.laneOverlay].join(' ')}>
            <Title order={2} size="h5">
              {activeLane.name}
            </Title>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );

  const drawer = openGoal && !openGoal.archived && (
    <GoalDrawer
      key={openGoal.id}
      goal={openGoal}
      people={people}
      partnerName={partner.displayName}
      editingAlso={editorNames(openGoal.id)}
      onGoal={applyGoal}
      onEvent={applyLocal}
      onClose={() => setOpenGoalId(null)}
      announce={announce}
    />
  );

  const announcer = (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true" data-board-announcer>
      {announcement}
    </VisuallyHidden>
  );

  if (embedded) {
    return (
      <Card withBorder padding="md" component="section" aria-labelledby="session-board-heading" data-session-board>
        <Group justify="space-between" gap="sm" mb="sm" wrap="wrap">
          <Title order={2} size="h4" id="session-board-heading">
            Goal board
          </Title>
          <Group gap="md" wrap="nowrap">
            <BoardPresenceAvatars others={others} />
            <Anchor component={Link} to={`/mentorships/${mentorship.id}/board`} size="sm">
              <Group gap={4} component="span" wrap="nowrap">
                Full board <IconExternalLink size={14} aria-hidden />
              </Group>
            </Anchor>
          </Group>
        </Group>
        {announcer}
        {lanes}
        {drawer}
      </Card>
    );
  }

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
        description="Your shared goals. Drag a card or a lane by its handle, or use its menu; changes appear for both of you at once."
        actions={
          <Group gap="md">
            <BoardPresenceAvatars others={others} />
            <Button component={Link} to={`/mentorships/${mentorship.id}/reviews`} variant="default">
              Progress reviews
            </Button>
          </Group>
        }
      />
      {announcer}
      <div className={classes.layout}>
        <Stack gap="lg" style={{ minWidth: 0 }}>
          {lanes}

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

      {drawer}
    </Page>
  );
}
