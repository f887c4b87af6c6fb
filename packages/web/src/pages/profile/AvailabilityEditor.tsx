import { Grid, NativeSelect, Text, TextInput } from '@mantine/core';
import { WEEKDAYS } from '../../domain/mentoring-options';
import { ListEditor, ListItem } from '../../forms/ListEditor';
import { useListActions } from '../../forms/use-list-actions';
import { SectionCard } from '../../ui/SectionCard';
import type { ProfileForm } from './form-context';
import { LIMITS, newWindow } from './profile-form';

const WEEKDAY_OPTIONS = WEEKDAYS.map(({ value, label }) => ({ value: String(value), label }));

/** Weekly windows in the profile's time zone; a new window starts on the day after the last one. */
export function AvailabilityEditor({ form }: { form: ProfileForm }) {
  const windows = form.getValues().availability;
  const nextDay = () => {
    const last = windows.at(-1);
    return newWindow(last ? String((Number(last.weekday) % 7) + 1) : '1');
  };
  const { add, remove, addButtonRef } = useListActions(form, 'availability', nextDay, 'weekday');
  const timeZone = form.getValues().timeZone;
  return (
    <SectionCard
      title="Weekly availability"
      description={`When you are usually free to meet, each week, in your time zone${timeZone ? ` (${timeZone.replaceAll('_', ' ')})` : ''}.`}
    >
      <ListEditor
        title="Windows"
        count={windows.length}
        max={LIMITS.availability}
        addLabel="Add a window"
        onAdd={add}
        addButtonRef={addButtonRef}
        error={form.errors.availability}
        empty={<Text size="sm" c="dimmed">No windows yet: mentees will agree times with you directly.</Text>}
      >
        {windows.map((window, index) => (
          <ListItem key={window.key} label={`Window ${index + 1}`} onRemove={() => remove(index)}>
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <NativeSelect label="Day" data={WEEKDAY_OPTIONS} {...form.getInputProps(`availability.${index}.weekday`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <TextInput type="time" label="From" {...form.getInputProps(`availability.${index}.startTime`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <TextInput type="time" label="Until" {...form.getInputProps(`availability.${index}.endTime`)} />
              </Grid.Col>
            </Grid>
          </ListItem>
        ))}
      </ListEditor>
    </SectionCard>
  );
}
