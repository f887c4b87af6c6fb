import { NumberInput, Radio, Stack, Switch } from '@mantine/core';
import { VISIBILITIES } from '../../domain/mentoring-options';
import { SectionCard } from '../../ui/SectionCard';
import type { ProfileForm } from './form-context';
import { LIMITS } from './profile-form';

export function RequestsEditor({ form }: { form: ProfileForm }) {
  return (
    <SectionCard title="Requests and visibility" description="How many mentees you take on, and who can find you.">
      <Switch
        label="Accepting new requests"
        description="Turn this off when you are full or need a break; current mentees are not affected."
        {...form.getInputProps('acceptingRequests', { type: 'checkbox' })}
      />
      <NumberInput
        label="Mentees at once"
        description={`The most you take on at the same time, 0 to ${LIMITS.capacity}.`}
        min={0}
        max={LIMITS.capacity}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="strict"
        w={{ base: '100%', xs: 220 }}
        {...form.getInputProps('capacity')}
      />
      <Radio.Group label="Who can see your profile" {...form.getInputProps('visibility')}>
        <Stack gap="sm" mt="xs">
          {VISIBILITIES.map(({ value, label, description }) => (
            <Radio key={value} value={value} label={label} description={description} />
          ))}
        </Stack>
      </Radio.Group>
    </SectionCard>
  );
}
