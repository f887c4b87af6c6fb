import { Alert, Badge, Button, Group, Radio, Stack, Text, Title } from '@mantine/core';
import IconGitMerge from '@tabler/icons-react/icons/IconGitMerge';
import { useEffect, useId, useRef, useState } from 'react';
import {
  conflictRows,
  DRAFT_LABELS,
  formatDay,
  mergeDrafts,
  type ConflictSide,
  type DraftField,
  type GoalDraft,
} from '../../domain/board';
import classes from './Board.module.css';

export interface ConflictViewProps {
  /** The goal as it was when you started editing. */
  base: GoalDraft;
  mine: GoalDraft;
  theirs: GoalDraft;
  theirName: string;
  names: Record<string, string>;
  saving: boolean;
  /** Save this version over theirs. */
  onSave: (merged: GoalDraft) => void;
  /** Drop your changes and take theirs. */
  onTakeTheirs: () => void;
}

function show(field: DraftField, value: GoalDraft[DraftField], names: Record<string, string>): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (field === 'linkedSkills' && Array.isArray(value)) return value.join(', ');
  if (field === 'targetDate' && typeof value === 'string') return formatDay(value);
  if (field === 'ownerId' && typeof value === 'string') return names[value] ?? 'Someone';
  if (field === 'progressOverride') return `${value}%`;
  return String(value);
}

/**
 * Your version and theirs, field by field, after a save found the goal
 * changed: choose per field (your edits and their edits are preselected),
 * then save the merge on top of their version, keep all of yours, or take theirs.
 */
export function ConflictView({ base, mine, theirs, theirName, names, saving, onSave, onTakeTheirs }: ConflictViewProps) {
  const rows = conflictRows(base, mine, theirs);
  const [choices, setChoices] = useState<Partial<Record<DraftField, ConflictSide>>>(() =>
    Object.fromEntries(rows.map((row) => [row.field, row.suggested])),
  );
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const allMine = Object.fromEntries(rows.map((row) => [row.field, 'mine'])) as Record<DraftField, ConflictSide>;

  return (
    <section aria-labelledby={headingId} data-conflict-view>
      <Alert variant="light" color="orange" icon={<IconGitMerge size={20} aria-hidden />} role="alert">
        <Title order={3} size="h4" id={headingId} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
          {theirName} changed this goal while you were editing
        </Title>
        <Text size="sm" mt={4}>
          Nothing of yours was saved yet. Compare both versions below, choose for each field, then save.
        </Text>
      </Alert>
      <Stack gap="md" mt="md">
        {rows.length === 0 && <Text size="sm">Your version and theirs are the same now: nothing to choose.</Text>}
        {rows.map((row) => (
          <Radio.Group
            key={row.field}
            value={choices[row.field] ?? row.suggested}
            onChange={(value) => setChoices((current) => ({ ...current, [row.field]: value as ConflictSide }))}
            label={
              <Group gap="xs" component="span">
                <span>{DRAFT_LABELS[row.field]}</span>
                {row.clash ? (
                  <Badge size="xs" color="orange" variant="light">
                    Both changed
                  </Badge>
                ) : (
                  <Badge size="xs" color="gray" variant="light">
                    {row.youChanged ? 'You changed' : `${theirName} changed`}
                  </Badge>
                )}
              </Group>
            }
            data-conflict-field={row.field}
          >
            <div className={classes.compare}>
              {(['mine', 'theirs'] as const).map((side) => (
                <Radio
                  key={side}
                  value={side}
                  classNames={{ body: [classes.version, choices[row.field] === side ? classes.chosen : ''].join(' ') }}
                  label={
                    <Stack gap={2} component="span">
                      <Text size="xs" fw={700} tt="uppercase" c="dimmed" component="span">
                        {side === 'mine' ? 'Yours' : `Theirs (${theirName})`}
                      </Text>
                      <Text size="sm" component="span" data-conflict-value={side}>
                        {show(row.field, side === 'mine' ? row.mine : row.theirs, names)}
                      </Text>
                    </Stack>
                  }
                />
              ))}
            </div>
          </Radio.Group>
        ))}
        <Group gap="sm" wrap="wrap">
          <Button onClick={() => onSave(mergeDrafts(mine, theirs, choices))} loading={saving} disabled={rows.length === 0}>
            Save the chosen version
          </Button>
          <Button variant="default" onClick={() => onSave(mergeDrafts(mine, theirs, allMine))} disabled={saving || rows.length === 0}>
            Keep all of mine
          </Button>
          <Button variant="subtle" onClick={onTakeTheirs} disabled={saving}>
            Take theirs
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
