import { Grid, TagsInput, Text, TextInput } from '@mantine/core';
import { LevelPicker } from '../../forms/LevelPicker';
import { ListEditor, ListItem } from '../../forms/ListEditor';
import { useListActions } from '../../forms/use-list-actions';
import { SectionCard } from '../../ui/SectionCard';
import type { ProfileForm } from './form-context';
import { emptySkill, LIMITS } from './profile-form';
import { EXPERTISE_SUGGESTIONS, INDUSTRY_SUGGESTIONS, QUALITY_SUGGESTIONS } from './suggestions';

const TAG_HINT = 'Type and press Enter after each one.';

export function ExpertiseEditor({ form }: { form: ProfileForm }) {
  const skills = form.getValues().skills;
  const { add, remove, addButtonRef } = useListActions(form, 'skills', emptySkill, 'name');
  return (
    <SectionCard title="Expertise and skills" description="What you know well, so mentees looking for it find you.">
      <TagsInput
        label="Areas of expertise"
        description={`Up to ${LIMITS.expertise}. ${TAG_HINT}`}
        placeholder="e.g. Product management"
        data={EXPERTISE_SUGGESTIONS}
        maxTags={LIMITS.expertise}
        clearable
        {...form.getInputProps('expertise')}
      />
      <ListEditor
        title="Skills"
        description="Specific skills you can help with, and how well you master each: 1 is beginner, 5 is expert."
        count={skills.length}
        max={LIMITS.skills}
        addLabel="Add a skill"
        onAdd={add}
        addButtonRef={addButtonRef}
        error={form.errors.skills}
        empty={<Text size="sm" c="dimmed">No skills yet.</Text>}
      >
        {skills.map((skill, index) => {
          const level = form.getInputProps(`skills.${index}.level`);
          return (
            <ListItem key={skill.key} label={`Skill ${index + 1}`} onRemove={() => remove(index)}>
              <Grid gap="md" align="flex-start">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput label="Skill" placeholder="e.g. Hiring, SQL, roadmapping" maxLength={LIMITS.tag} {...form.getInputProps(`skills.${index}.name`)} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <LevelPicker
                    label="Your level"
                    value={skill.level}
                    onChange={level.onChange}
                    error={level.error}
                    data-path={`skills.${index}.level`}
                  />
                </Grid.Col>
              </Grid>
            </ListItem>
          );
        })}
      </ListEditor>
      <TagsInput
        label="Industries"
        description={`Where you have worked. Up to ${LIMITS.industries}.`}
        placeholder="e.g. Healthcare"
        data={INDUSTRY_SUGGESTIONS}
        maxTags={LIMITS.industries}
        clearable
        {...form.getInputProps('industries')}
      />
      <TagsInput
        label="Qualities you bring"
        description={`How mentees would describe you. Up to ${LIMITS.qualities}.`}
        placeholder="e.g. patient"
        data={QUALITY_SUGGESTIONS}
        maxTags={LIMITS.qualities}
        clearable
        {...form.getInputProps('qualities')}
      />
    </SectionCard>
  );
}
