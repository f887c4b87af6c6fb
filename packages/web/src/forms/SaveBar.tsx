import { Button, Container, Group, Text } from '@mantine/core';
import IconCheck from '@tabler/icons-react/icons/IconCheck';
import IconDeviceFloppy from '@tabler/icons-react/icons/IconDeviceFloppy';
import { relativeTime } from '../domain/dates';
import classes from './forms.module.css';

export interface SaveBarProps {
  label: string;
  /** The button's text on phones, where the full label does not fit. */
  shortLabel?: string;
  dirty: boolean;
  saving: boolean;
  /** When it was last saved (ISO), if ever. */
  savedAt?: string | null;
}

/** The editor's submit button, kept in view at the bottom with whether there is anything to save. */
export function SaveBar({ label, shortLabel = 'Save', dirty, saving, savedAt }: SaveBarProps) {
  const status = saving
    ? 'Saving…'
    : dirty
      ? 'You have unsaved changes.'
      : savedAt
        ? `All changes saved (${relativeTime(savedAt)}).`
        : 'Nothing saved yet.';
  return (
    <div className={classes.saveBar}>
      <Container size="md" px={0}>
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Group gap={6} wrap="nowrap" className={classes.saveStatus}>
            {!dirty && savedAt && !saving && <IconCheck size={16} aria-hidden className={classes.savedIcon} />}
            <Text size="sm" c={dirty ? undefined : 'dimmed'} role="status" aria-live="polite" fw={dirty ? 600 : undefined}>
              {status}
            </Text>
          </Group>
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} aria-hidden />} className={classes.saveButton}>
            {/* One of the two is display: none, so the accessible name is always one label. */}
            <span className={classes.longLabel}>{label}</span>
            <span className={classes.shortLabel}>{shortLabel}</span>
          </Button>
        </Group>
      </Container>
    </div>
  );
}
