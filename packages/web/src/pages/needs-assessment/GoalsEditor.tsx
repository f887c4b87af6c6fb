import { Grid, Input, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { HORIZONS } from '../../domain/mentoring-options';
import { ListEditor, ListItem } from '../../forms/ListEditor';
import { useListActions } from '../../forms/use-list-actions';
import { SectionCard } from '../../ui/SectionCard';
import { Prompts } from '../../ui/Prompts';
import type { NeedsAssessmentForm } from './form-context';
import { emptyGoal, LIMITS } from './needs-assessment-form';
import { GOAL_PROMPTS } from './prompts';

export function GoalsEditor({ form }: { form: NeedsAssessmentForm }) {
  const goals = form.getValues().goals;
  const { add, remove, addButtonRef } = useListActions(form, 'goals', emptyGoal, 'title');
  return (
    <SectionCard
      title="Your goals"
      description="What you want to achieve with a mentor’s help, near and further ahead, and why each one matters to you."
    >
      <Prompts questions={GOAL_PROMPTS} />
      <ListEditor
        title="Goals"
        count={goals.length}
        max={LIMITS.goals}
        addLabel="Add a goal"
        onAdd={add}
        addButtonRef={addButtonRef}
        error={form.errors.goals}
        empty={<Text size="sm" c="dimmed">No goals yet. Add the first one.</Text>}
      >
        {goals.map((goal, index) => (
          <ListItem key={goal.key} label={`Goal ${index + 1}`} onRemove={() => remove(index)}>
            <Stack gap="sm">
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 7 }}>
                  <TextInput
                    label="Goal"
                    placeholder="e.g. Lead a project from idea to launch"
                    maxLength={120}
                    {...form.getInputProps(`goals.${index}.title`)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 5 }}>
                  <HorizonField form={form} index={index} />
                </Grid.Col>
              </Grid>
              <Textarea
                label="Why it matters to you"
                placeholder="What will change when you get there? Why is now the right time?"
                autosize
                minRows={2}
                maxRows={8}
                {...form.getInputProps(`goals.${index}.whyItMatters`)}
              />
            </Stack>
          </ListItem>
        ))}
      </ListEditor>
    </SectionCard>
  );
}

function HorizonField({ form, index }: { form: NeedsAssessmentForm; index: number }) {
  const id = `goal-${form.getValues().goals[index]!.key}-horizon`;
  const props = form.getInputProps(`goals.${index}.horizon`);
  const current = HORIZONS.find((horizon) => horizon.value === props.value);
  return (
    <Input.Wrapper id={id} label="When" labelElement="div" description={current?.description} error={props.error}>
      <SegmentedControl
        fullWidth
        mt={4}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-description`}
        data={HORIZONS.map(({ value, label }) => ({ value, label }))}
        value={props.value}
        onChange={props.onChange}
        data-path={`goals.${index}.horizon`}
      />
    </Input.Wrapper>
  );
}
