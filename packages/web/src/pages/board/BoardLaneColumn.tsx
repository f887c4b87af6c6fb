import { useSortable } from '@dnd-kit/sortable';
import { useMutation } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Group, Menu, Stack, TextInput, Title, VisuallyHidden } from '@mantine/core';
import IconArrowLeft from '@tabler/icons-react/icons/IconArrowLeft';
import IconArrowRight from '@tabler/icons-react/icons/IconArrowRight';
import IconDots from '@tabler/icons-react/icons/IconDots';
import IconGripVertical from '@tabler/icons-react/icons/IconGripVertical';
import IconPencil from '@tabler/icons-react/icons/IconPencil';
import IconPlus from '@tabler/icons-react/icons/IconPlus';
import { useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import type { GoalFromApi } from '../../domain/board';
import { CreateGoalDocument } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import classes from './Board.module.css';
import { RenameLaneModal } from './RenameLaneModal';

/** Lanes are drop targets for cards and sortable among themselves under this id prefix. */
export const LANE_PREFIX = 'lane:';

export interface BoardLaneColumnProps {
  id: string;
  name: string;
  /** Cards in it. */
  count: number;
  /** Its place among the lanes, and how many there are. */
  index: number;
  laneCount: number;
  boardId: string;
  onCreated: (goal: GoalFromApi) => void;
  onMoveLane: (index: number) => void;
  announce: (message: string) => void;
  children: ReactNode;
}

/**
 * A lane: a drop target for cards (also when empty), sortable among the lanes
 * by its handle or its menu ("Move left", "Move right"), renamed from the same
 * menu, and adding a goal at its end.
 */
export function BoardLaneColumn({ id, name, count, index, laneCount, boardId, onCreated, onMoveLane, announce, children }: BoardLaneColumnProps) {
  const { setNodeRef, attributes, listeners, transform, transition, isDragging, isOver, active } = useSortable({
    id: `${LANE_PREFIX}${id}`,
    data: { type: 'lane', laneId: id },
  });
  const cardOver = isOver && active?.data.current?.type === 'goal';
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState(false);
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
    <section
      ref={setNodeRef}
      className={[classes.lane, cardOver ? classes.laneOver : '', isDragging ? classes.dragging : ''].join(' ')}
      style={{ transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined, transition }}
      aria-labelledby={headingId}
      data-lane={name}
      data-lane-id={id}
    >
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            className={classes.handle}
            aria-label={`Drag lane “${name}”`}
            {...(attributes as HTMLAttributes<HTMLButtonElement>)}
            {...(listeners as HTMLAttributes<HTMLButtonElement>)}
            aria-roledescription="draggable lane"
          >
            <IconGripVertical size={16} aria-hidden />
          </ActionIcon>
          <Title order={2} size="h5" id={headingId} className={classes.laneName}>
            {name}
          </Title>
        </Group>
        <Group gap={4} wrap="nowrap">
          <Badge variant="light" color="gray" aria-label={`${count} goals`}>
            {count}
          </Badge>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Lane “${name}” actions`}>
                <IconDots size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Lane “{name}”</Menu.Label>
              <Menu.Item leftSection={<IconArrowLeft size={14} aria-hidden />} disabled={index === 0} onClick={() => onMoveLane(index - 1)}>
                Move left
              </Menu.Item>
              <Menu.Item leftSection={<IconArrowRight size={14} aria-hidden />} disabled={index >= laneCount - 1} onClick={() => onMoveLane(index + 1)}>
                Move right
              </Menu.Item>
              <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => setRenaming(true)}>
                Rename
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          {renaming && <RenameLaneModal laneId={id} name={name} opened onClose={() => setRenaming(false)} announce={announce} />}
        </Group>
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
