import { NumberInput, Textarea, TextInput } from '@mantine/core';
import { SectionCard } from '../../ui/SectionCard';
import type { ProfileForm } from './form-context';
import { LIMITS } from './profile-form';

export function AboutEditor({ form }: { form: ProfileForm }) {
  return (
    <SectionCard title="About you" description="What mentees read first when they come across your profile.">
      <TextInput
        label="Headline"
        description="One line: who you are and how you help."
        placeholder="e.g. Engineering manager helping new team leads find their feet"
        maxLength={LIMITS.headline}
        {...form.getInputProps('headline')}
      />
      <Textarea
        label="Bio"
        description="Your path so far, what you have learned along the way, and what you enjoy helping with."
        placeholder="I started as a support engineer, then…"
        autosize
        minRows={4}
        maxRows={14}
        {...form.getInputProps('bio')}
      />
      <NumberInput
        label="Years of experience"
        description="In your field, roughly. Leave empty if you would rather not say."
        min={0}
        max={LIMITS.years}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="strict"
        w={{ base: '100%', xs: 220 }}
        {...form.getInputProps('yearsOfExperience')}
      />
    </SectionCard>
  );
}
