import { useSortable } from '@dnd-kit/sortable';
import { ActionIcon, Avatar, Badge, Group, Menu, Progress, Text, Tooltip } from '@mantine/core';
import IconArrowDown from '@tabler/icons-react/icons/IconArrowDown';
import IconArrowUp from '@tabler/icons-react/icons/IconArrowUp';
import IconArrowsMove from '@tabler/icons-react/icons/IconArrowsMove';
import IconGripVertical from '@tabler/icons-react/icons/IconGripVertical';
import { forwardRef, type HTMLAttributes } from 'react';
import { initials } from '../../app/initials';
import { formatDay, goalProgress, type BoardGoal, type BoardLaneState } from '../../domain/board';
import { editingSentence } from '../../domain/board-presence';
import classes from './Board.module.css';

export interface MoveTarget {
  laneId: string;
  index: number;
}

interface CardBodyProps extends HTMLAttributes<HTMLLIElement> {
  goal: BoardGoal;
  ownerName: string | null;
  lanes: BoardLaneState[];
  index: number;
  count: number;
  onOpen?: () => void;
  onMove?: (target: MoveTarget) => void;
  handleProps?: HTMLAttributes<HTMLButtonElement>;
  overlay?: boolean;
  /** Who else is editing this goal right now (live presence). */
  editors?: readonly string[];
}

/**
 * A goal's card: title (opens the editor), owner, target date, milestones and
 * progress, a drag handle, a "Move" menu, and who else is editing it.
 */
export const GoalCardBody = forwardRef<HTMLLIElement, CardBodyProps>(function GoalCardBody(
  { goal, ownerName, lanes, index, count, onOpen, onMove, handleProps, overlay, editors = [], className, ...props },
  ref,
) {
  const progress = goalProgress(goal);
  const done = goal.milestones.filter((milestone) => milestone.done).length;
  const otherLanes = lanes.filter((lane) => lane.id !== goal.laneId);
  return (
    <li
      ref={ref}
      className={[classes.card, overlay && classes.overlay, editors.length > 0 && classes.cardEdited, className].filter(Boolean).join(' ')}
      data-goal-card={goal.title}
      data-goal-id={goal.id}
      {...props}
    >
      {editors.length > 0 && (
        <Group gap={6} mb={4} wrap="nowrap" data-editing={editors.join(', ')}>
          <Tooltip.Group>
            <Avatar.Group spacing={6}>
              {editors.map((name) => (
                <Tooltip key={name} label={name}>
                  <Avatar size={20} radius="xl" color="orange" aria-hidden>
                    {initials(name)}
                  </Avatar>
                </Tooltip>
              ))}
            </Avatar.Group>
          </Tooltip.Group>
          <Text size="xs" c="orange.8" fw={600}>
            {editingSentence(editors)}
          </Text>
        </Group>
      )}
      <Group gap={4} wrap="nowrap" align="flex-start">
        <ActionIcon variant="subtle" color="gray" size="sm" className={classes.handle} aria-label={`Drag “${goal.title}”`} {...handleProps}>
          <IconGripVertical size={16} aria-hidden />
        </ActionIcon>
        <button type="button" className={classes.cardTitle} onClick={onOpen} aria-haspopup="dialog">
          {goal.title}
        </button>
        {onMove && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Move “${goal.title}”`}>
                <IconArrowsMove size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Move “{goal.title}”</Menu.Label>
              <Menu.Item leftSection={<IconArrowUp size={14} aria-hidden />} disabled={index === 0} onClick={() => onMove({ laneId: goal.laneId, index: index - 1 })}>
                Up
              </Menu.Item>
              <Menu.Item leftSection={<IconArrowDown size={14} aria-hidden />} disabled={index >= count - 1} onClick={() => onMove({ laneId: goal.laneId, index: index + 1 })}>
                Down
              </Menu.Item>
              {otherLanes.length > 0 && <Menu.Divider />}
              {otherLanes.map((lane) => (
                <Menu.Item key={lane.id} onClick={() => onMove({ laneId: lane.id, index: Number.MAX_SAFE_INTEGER })}>
                  To {lane.name}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <Group gap={6} mt={6} wrap="wrap">
        {ownerName && (
          <Badge size="sm" variant="light" color="gray">
            {ownerName}
          </Badge>
        )}
        {goal.targetDate && (
          <Text size="xs" c="dimmed">
            By {formatDay(goal.targetDate)}
          </Text>
        )}
        {goal.milestones.length > 0 && (
          <Text size="xs" c="dimmed">
            {done}/{goal.milestones.length} milestones
          </Text>
        )}
      </Group>
      <Group gap="xs" mt={6} wrap="nowrap">
        <Progress
          value={progress.percent}
          size="sm"
          style={{ flex: 1 }}
          color={progress.manual ? 'orange' : 'spruce'}
          aria-label={`Progress of “${goal.title}”${progress.manual ? ', set by hand' : ''}`}
        />
        <Text size="xs" fw={600} data-progress={progress.percent}>
          {progress.percent}%{progress.manual ? ' · by hand' : ''}
        </Text>
      </Group>
    </li>
  );
});

/**
 * A card that can be dragged (pointer, or keyboard on its handle) within and
 * between lanes. While a lane is being dragged, cards are no drop targets.
 */
export function SortableGoalCard({ laneDragging = false, ...props }: Omit<CardBodyProps, 'handleProps'> & { laneDragging?: boolean }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: props.goal.id,
    data: { type: 'goal', laneId: props.goal.laneId },
    disabled: { droppable: laneDragging },
  });
  return (
    <GoalCardBody
      ref={setNodeRef}
      {...props}
      className={isDragging ? classes.dragging : undefined}
      style={{ transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined, transition }}
      handleProps={{ ...attributes, ...listeners, 'aria-roledescription': 'draggable goal' } as HTMLAttributes<HTMLButtonElement>}
    />
  );
}
