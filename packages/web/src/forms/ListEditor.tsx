import { ActionIcon, Button, Group, Input, Paper, Stack, Text, Title } from '@mantine/core';
import IconPlus from '@tabler/icons-react/icons/IconPlus';
import IconTrash from '@tabler/icons-react/icons/IconTrash';
import { useId, type ReactNode, type Ref } from 'react';
import classes from './forms.module.css';

export interface ListEditorProps {
  /** The list's heading (an `<h3>` in its section). */
  title: string;
  description?: ReactNode;
  count: number;
  max: number;
  addLabel: string;
  onAdd: () => void;
  /** An error about the list as a whole, e.g. a duplicate. */
  error?: ReactNode;
  /** Shown while the list is empty. */
  empty?: ReactNode;
  addButtonRef?: Ref<HTMLButtonElement>;
  children: ReactNode;
}

/** A list a person grows and shrinks: goals, skills, availability windows. */
export function ListEditor({ title, description, count, max, addLabel, onAdd, error, empty, addButtonRef, children }: ListEditorProps) {
  const id = useId();
  const full = count >= max;
  return (
    <Stack
      gap="sm"
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <div>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
          <Title order={3} size="h5" id={`${id}-title`}>
            {title}
          </Title>
          <Text size="xs" c="dimmed" aria-hidden>
            {count} of {max}
          </Text>
        </Group>
        {description && (
          <Text size="sm" c="dimmed" mt={4}>
            {description}
          </Text>
        )}
      </div>
      {count === 0 && empty}
      {children}
      {error && <Input.Error id={`${id}-error`}>{error}</Input.Error>}
      <Group gap="sm">
        <Button
          ref={addButtonRef}
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={onAdd}
          disabled={full}
        >
          {addLabel}
        </Button>
        {full && (
          <Text size="sm" c="dimmed">
            That is the most this list holds.
          </Text>
        )}
      </Group>
    </Stack>
  );
}

export interface ListItemProps {
  /** "Goal 2": names the group and its remove button. */
  label: string;
  onRemove: () => void;
  children: ReactNode;
}

/** One entry of a `ListEditor`, with its own remove button. */
export function ListItem({ label, onRemove, children }: ListItemProps) {
  const id = useId();
  return (
    <Paper withBorder radius="md" p="md" className={classes.listItem} role="group" aria-labelledby={id}>
      <Group justify="space-between" wrap="nowrap" mb="xs" gap="xs">
        <Text id={id} fw={600} size="sm">
          {label}
        </Text>
        <ActionIcon variant="subtle" color="gray" onClick={onRemove} aria-label={`Remove ${label.toLowerCase()}`} title={`Remove ${label.toLowerCase()}`}>
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Group>
      {children}
    </Paper>
  );
}
