import { Checkbox, Radio, SimpleGrid, Stack } from '@mantine/core';
import { CADENCES, FORMATS, SUPPORT_KINDS } from '../../domain/mentoring-options';
import { LanguageSelect } from '../../forms/LanguageSelect';
import { TimeZoneSelect } from '../../forms/TimeZoneSelect';
import { Prompts } from '../../ui/Prompts';
import { SectionCard } from '../../ui/SectionCard';
import type { NeedsAssessmentForm } from './form-context';
import { LIMITS } from './needs-assessment-form';
import { SUPPORT_PROMPTS } from './prompts';

/** The kind of help wanted, and how, how often and in which language to meet. */
export function PreferencesEditor({ form }: { form: NeedsAssessmentForm }) {
  return (
    <SectionCard title="The support you are looking for" description="This helps you find a mentor who works the way you do.">
      <Prompts questions={SUPPORT_PROMPTS} />
      <Checkbox.Group label="Kinds of support" description="Choose any that apply." {...form.getInputProps('supportKinds')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
          {SUPPORT_KINDS.map(({ value, label, description }) => (
            <Checkbox key={value} value={value} label={label} description={description} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox.Group label="Ways to meet" description="How you would like the mentoring to happen." {...form.getInputProps('preferredFormats')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
          {FORMATS.map(({ value, label, description }) => (
            <Checkbox key={value} value={value} label={label} description={description} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Radio.Group label="How often" description="How often you would like to meet." {...form.getInputProps('preferredCadence')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
          {CADENCES.map(({ value, label, description }) => (
            <Radio key={value} value={value} label={label} description={description} />
          ))}
          <Radio value="" label="No preference yet" description="Decide with your mentor." />
        </SimpleGrid>
      </Radio.Group>
      <Stack gap="md">
        <LanguageSelect
          label="Languages you would like to be mentored in"
          description={`Up to ${LIMITS.preferredLanguages}, in order of preference: the first is the one you are most at ease in.`}
          placeholder="Search for a language"
          maxValues={LIMITS.preferredLanguages}
          {...form.getInputProps('preferredLanguages')}
        />
        <TimeZoneSelect
          description="So mentors can suggest times that suit you. We filled in this browser’s."
          {...form.getInputProps('timeZone')}
        />
      </Stack>
    </SectionCard>
  );
}
