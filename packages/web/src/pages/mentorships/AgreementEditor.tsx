import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import IconPlus from '@tabler/icons-react/icons/IconPlus';
import IconTrash from '@tabler/icons-react/icons/IconTrash';
import { agreementFormValues, agreementTermsInput, CHANNELS, TERM_LABELS, type AgreementFormValues } from '../../domain/agreement';
import { CADENCES } from '../../domain/mentoring-options';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useServerForm } from '../../forms/use-server-form';
import { MentorshipGoalsDocument, ProposeAgreementDocument, type AgreementTermsFieldsFragment } from '../../graphql/documents';

export interface AgreementEditorProps {
  mentorshipId: string;
  /** The latest version seen: its terms start the form, and its number guards against overwriting a newer one. */
  basedOn: { version: number; terms: AgreementTermsFieldsFragment } | null;
  /** A newer version was proposed meanwhile (STALE_VERSION): show it. */
  onStale: () => Promise<void>;
  onProposed: (version: number) => void;
  onCancel?: () => void;
}

/** Every term of the agreement, and a note; proposing counts as acknowledging. */
export function AgreementEditor({ mentorshipId, basedOn, onStale, onProposed, onCancel }: AgreementEditorProps) {
  const goals = useQuery(MentorshipGoalsDocument).data?.viewer?.needsAssessment?.goals.map((goal) => goal.title) ?? [];
  const [propose] = useMutation(ProposeAgreementDocument, { refetchQueries: ['Mentorship', 'Mentorships'], awaitRefetchQueries: true });
  const form = useForm<AgreementFormValues>({
    initialValues: agreementFormValues(basedOn?.terms ?? null, goals),
    validate: {
      goals: (list) => (list.some((goal) => goal.trim()) ? null : 'Name at least one goal to work on.'),
      channels: (list) => (list.length ? null : 'Choose at least one way to talk.'),
    },
  });
  const { formRef, formError, setFormError, onSubmit } = useServerForm(form, {
    fields: ['goals', 'goals.*', 'desiredOutcomes', 'desiredOutcomes.*', 'meetingCadence', 'meetingLengthMinutes', 'channels', 'responseTimeHours', 'reviewEveryWeeks', 'endDate', 'confidentiality', 'note'],
    aliases: Object.fromEntries(
      ['goals', 'desiredOutcomes', 'meetingCadence', 'meetingLengthMinutes', 'channels', 'responseTimeHours', 'reviewEveryWeeks', 'endDate', 'confidentiality'].map((f) => [`terms.${f}`, f]),
    ),
  });
  const values = form.getValues();

  const listEditor = (field: 'goals' | 'desiredOutcomes', placeholder: string) => {
    const item = field === 'goals' ? 'Goal' : 'Outcome';
    return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id={`${field}-label`}>
        {TERM_LABELS[field]}
      </Text>
      {values[field].map((_, index) => (
        <Group key={index} gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            aria-label={`${item} ${index + 1}`}
            placeholder={placeholder}
            {...form.getInputProps(`${field}.${index}`)}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={`Remove ${item.toLowerCase()} ${index + 1}`}
            onClick={() => form.removeListItem(field, index)}
            disabled={values[field].length === 1}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {form.errors[field] && (
        <Text size="xs" c="red">
          {form.errors[field]}
        </Text>
      )}
      <Button variant="subtle" size="compact-sm" w="fit-content" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem(field, '')}>
        Add {field === 'goals' ? 'a goal' : 'an outcome'}
      </Button>
    </Stack>
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      aria-label="Propose an agreement"
      data-agreement-editor
      onSubmit={onSubmit(async (submitted) => {
        const input = {
          mentorshipId,
          terms: agreementTermsInput(submitted),
          note: submitted.note.trim() || null,
          basedOnVersion: basedOn?.version ?? 0,
        };
        const { data } = await propose({ variables: { input } });
        const payload = data?.proposeAgreement;
        if (payload?.agreementVersion) return onProposed(payload.agreementVersion.version);
        const errors = payload?.userErrors ?? [];
        if (errors.some((problem) => problem.code === 'STALE_VERSION')) {
          await onStale();
          setFormError('Someone proposed a newer version while you were editing. Read it above: acknowledge it, or propose changes to it.');
          return [];
        }
        return errors;
      })}
    >
      <Stack gap="md">
        <FormErrorAlert message={formError} title="Your version was not proposed" />
        {listEditor('goals', 'e.g. Lead a design review')}
        {listEditor('desiredOutcomes', 'e.g. Run one review on my own')}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect label={TERM_LABELS.meetingCadence} data={CADENCES.map(({ value, label }) => ({ value, label }))} {...form.getInputProps('meetingCadence')} />
          <NumberInput label={TERM_LABELS.meetingLengthMinutes} suffix=" min" min={15} max={240} step={15} {...form.getInputProps('meetingLengthMinutes')} />
          <NumberInput label={TERM_LABELS.responseTimeHours} description="1 to 336 hours" suffix=" h" min={1} max={336} {...form.getInputProps('responseTimeHours')} />
          <NumberInput label={TERM_LABELS.reviewEveryWeeks} description="1 to 26 weeks" suffix=" weeks" min={1} max={26} {...form.getInputProps('reviewEveryWeeks')} />
          <TextInput type="date" label={TERM_LABELS.endDate} description="Leave empty for open-ended." {...form.getInputProps('endDate')} />
        </SimpleGrid>
        <Checkbox.Group label={TERM_LABELS.channels} {...form.getInputProps('channels')}>
          <Group gap="lg" mt="xs">
            {CHANNELS.map(({ value, label }) => (
              <Checkbox key={value} value={value} label={label} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea label={TERM_LABELS.confidentiality} autosize minRows={2} {...form.getInputProps('confidentiality')} />
        <Textarea
          label="Note"
          description="What you changed and why; the other person reads it with this version."
          autosize
          minRows={2}
          {...form.getInputProps('note')}
        />
        <Text size="sm" c="dimmed">
          Proposing counts as your acknowledgement. The version is in effect once the other person acknowledges it too.
        </Text>
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={form.submitting}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={form.submitting}>
            {basedOn ? `Propose version ${basedOn.version + 1}` : 'Propose the agreement'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
