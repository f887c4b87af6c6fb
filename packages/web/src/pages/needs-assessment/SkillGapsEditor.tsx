import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { LevelPicker } from '../../forms/LevelPicker';
import { ListEditor, ListItem } from '../../forms/ListEditor';
import { useListActions } from '../../forms/use-list-actions';
import { Prompts } from '../../ui/Prompts';
import { SectionCard } from '../../ui/SectionCard';
import type { NeedsAssessmentForm } from './form-context';
import { emptySkillGap, LIMITS } from './needs-assessment-form';
import { SKILL_PROMPTS } from './prompts';

export function SkillGapsEditor({ form }: { form: NeedsAssessmentForm }) {
  const gaps = form.getValues().skillsToDevelop;
  const { add, remove, addButtonRef } = useListActions(form, 'skillsToDevelop', emptySkillGap, 'name');
  return (
    <SectionCard
      title="Skills to develop"
      description="Rate yourself honestly: where you are now and where you want to be, from 1 (beginner) to 5 (expert)."
    >
      <Prompts questions={SKILL_PROMPTS} />
      <ListEditor
        title="Skills"
        count={gaps.length}
        max={LIMITS.skillsToDevelop}
        addLabel="Add a skill"
        onAdd={add}
        addButtonRef={addButtonRef}
        error={form.errors.skillsToDevelop}
        empty={<Text size="sm" c="dimmed">No skills yet. Add one you want to grow.</Text>}
      >
        {gaps.map((gap, index) => {
          const at = `skillsToDevelop.${index}` as const;
          const current = form.getInputProps(`${at}.currentLevel`);
          const target = form.getInputProps(`${at}.targetLevel`);
          return (
            <ListItem key={gap.key} label={`Skill ${index + 1}`} onRemove={() => remove(index)}>
              <Stack gap="sm">
                <TextInput label="Skill" placeholder="e.g. Giving feedback, SQL, public speaking" maxLength={60} {...form.getInputProps(`${at}.name`)} />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  <LevelPicker
                    label="Where you are now"
                    value={gap.currentLevel}
                    onChange={current.onChange}
                    error={current.error}
                    data-path={`${at}.currentLevel`}
                  />
                  <LevelPicker
                    label="Where you want to be"
                    value={gap.targetLevel}
                    onChange={target.onChange}
                    error={target.error}
                    placeholder="Above where you are now."
                    data-path={`${at}.targetLevel`}
                  />
                </SimpleGrid>
              </Stack>
            </ListItem>
          );
        })}
      </ListEditor>
    </SectionCard>
  );
}
