import { SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { ListEditor, ListItem } from '../../forms/ListEditor';
import { useListActions } from '../../forms/use-list-actions';
import { Prompts } from '../../ui/Prompts';
import { SectionCard } from '../../ui/SectionCard';
import type { NeedsAssessmentForm } from './form-context';
import { emptyReflection, LIMITS } from './needs-assessment-form';
import { REFLECTION_PROMPTS } from './prompts';

export function ReflectionsEditor({ form }: { form: NeedsAssessmentForm }) {
  const reflections = form.getValues().reflections;
  const { add, remove, addButtonRef } = useListActions(form, 'reflections', emptyReflection, 'situation');
  return (
    <SectionCard
      title="Looking back"
      description="Past experiences say a lot about how you learn. Pick a project, a conflict, a setback or a success."
    >
      <Prompts questions={REFLECTION_PROMPTS} />
      <ListEditor
        title="Reflections"
        count={reflections.length}
        max={LIMITS.reflections}
        addLabel="Add a reflection"
        onAdd={add}
        addButtonRef={addButtonRef}
        error={form.errors.reflections}
        empty={<Text size="sm" c="dimmed">No reflections yet.</Text>}
      >
        {reflections.map((reflection, index) => (
          <ListItem key={reflection.key} label={`Reflection ${index + 1}`} onRemove={() => remove(index)}>
            <Stack gap="sm">
              <Textarea
                label="The situation"
                placeholder="What happened? What was your part in it, and what was at stake?"
                autosize
                minRows={2}
                maxRows={8}
                {...form.getInputProps(`reflections.${index}.situation`)}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Textarea
                  label="What worked"
                  placeholder="What did you do that helped? What would you do again?"
                  autosize
                  minRows={2}
                  maxRows={8}
                  {...form.getInputProps(`reflections.${index}.whatWorked`)}
                />
                <Textarea
                  label="What did not work"
                  placeholder="What got in the way? What would you do differently now?"
                  autosize
                  minRows={2}
                  maxRows={8}
                  {...form.getInputProps(`reflections.${index}.whatDidNot`)}
                />
              </SimpleGrid>
            </Stack>
          </ListItem>
        ))}
      </ListEditor>
    </SectionCard>
  );
}
