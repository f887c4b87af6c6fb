import { Checkbox, SimpleGrid, Textarea } from '@mantine/core';
import { FORMATS } from '../../domain/mentoring-options';
import { LanguageSelect } from '../../forms/LanguageSelect';
import { TimeZoneSelect } from '../../forms/TimeZoneSelect';
import { SectionCard } from '../../ui/SectionCard';
import type { ProfileForm } from './form-context';
import { LIMITS } from './profile-form';

export function HowYouMentorEditor({ form }: { form: ProfileForm }) {
  return (
    <SectionCard title="How you mentor" description="So mentees know what working with you is like before they ask.">
      <Textarea
        label="Communication style"
        description="In your own words: how you give feedback, how you like to prepare, how quickly you reply."
        placeholder="I like a short agenda before each call, and I say what I think, kindly."
        autosize
        minRows={3}
        maxRows={10}
        {...form.getInputProps('communicationStyle')}
      />
      <Checkbox.Group label="Formats" description="The ways you are happy to mentor." {...form.getInputProps('formats')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
          {FORMATS.map(({ value, label, description }) => (
            <Checkbox key={value} value={value} label={label} description={description} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <LanguageSelect
        label="Languages you mentor in"
        description={`Up to ${LIMITS.languages}.`}
        placeholder="Search for a language"
        maxValues={LIMITS.languages}
        {...form.getInputProps('languages')}
      />
      <TimeZoneSelect description="Your availability below is in this time zone." {...form.getInputProps('timeZone')} />
    </SectionCard>
  );
}
