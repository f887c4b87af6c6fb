import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import IconTrash from '@tabler/icons-react/icons/IconTrash';
import { compactList, toFormRows } from '../../forms/compact-lists';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { ListEditor } from '../../forms/ListEditor';
import { useServerForm } from '../../forms/use-server-form';
import { requiredText } from '../../forms/validators';
import { CreateProgramDocument, MyProgramsDocument } from '../../graphql/documents';
import { SectionCard } from '../../ui/SectionCard';

interface QuestionRow {
  prompt: string;
  required: boolean;
}
interface CohortRow {
  name: string;
  startsOn: string;
}
interface Values {
  organizationId: string;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  enrollmentQuestions: QuestionRow[];
  cohorts: CohortRow[];
}

const MAX_QUESTIONS = 20;
const MAX_COHORTS = 20;

/** Creating a program in an organisation you administer: dates, the questions enrollees answer, cohorts. */
export function CreateProgramForm({ organizations }: { organizations: ReadonlyArray<{ id: string; name: string }> }) {
  const [create] = useMutation(CreateProgramDocument, { refetchQueries: [MyProgramsDocument], awaitRefetchQueries: true });
  const initialValues: Values = {
    organizationId: organizations[0]?.id ?? '',
    name: '',
    description: '',
    startsOn: '',
    endsOn: '',
    enrollmentQuestions: [],
    cohorts: [],
  };
  const form = useForm<Values>({
    initialValues,
    validate: {
      name: requiredText('Name the program.'),
      startsOn: requiredText('Choose when it starts.'),
      endsOn: requiredText('Choose when it ends.'),
    },
  });
  const { formRef, formError, onSubmit } = useServerForm(form, {
    fields: [
      'organizationId',
      'name',
      'description',
      'startsOn',
      'endsOn',
      'enrollmentQuestions',
      'enrollmentQuestions.*.prompt',
      'cohorts',
      'cohorts.*.name',
      'cohorts.*.startsOn',
    ],
  });
  const { values } = form;

  return (
    <SectionCard title="Create program" description="People enrol as mentors or mentees; you approve them and match the pairs.">
      <form
        ref={formRef}
        noValidate
        data-create-program-form
        onSubmit={onSubmit(async (submitted) => {
          const questions = compactList(submitted.enrollmentQuestions, (row) => !row.prompt.trim());
          const cohorts = compactList(submitted.cohorts, (row) => !row.name.trim() && !row.startsOn);
          const input = {
            organizationId: submitted.organizationId,
            name: submitted.name.trim(),
            description: submitted.description.trim(),
            startsOn: submitted.startsOn,
            endsOn: submitted.endsOn,
            enrollmentQuestions: questions.items.map((row) => ({ prompt: row.prompt.trim(), required: row.required })),
            cohorts: cohorts.items.map((row) => ({ name: row.name.trim(), startsOn: row.startsOn })),
          };
          const { data } = await create({ variables: { input } });
          const payload = data?.createProgram;
          if (!payload?.program) {
            return toFormRows(payload?.userErrors ?? [], { enrollmentQuestions: questions.formIndex, cohorts: cohorts.formIndex });
          }
          form.setValues({ ...initialValues, organizationId: submitted.organizationId });
        })}
      >
        <Stack gap="md" mt="sm">
          <FormErrorAlert message={formError} title="The program was not created" />
          {organizations.length > 1 && (
            <NativeSelect
              label="Organisation"
              data={organizations.map(({ id, name }) => ({ value: id, label: name }))}
              {...form.getInputProps('organizationId')}
            />
          )}
          <TextInput label="Program name" maxLength={120} {...form.getInputProps('name')} />
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput type="date" label="Starts on" {...form.getInputProps('startsOn')} />
            <TextInput type="date" label="Ends on" {...form.getInputProps('endsOn')} />
          </SimpleGrid>
          <ListEditor
            title="Enrolment questions"
            description="What people answer when they enrol."
            count={values.enrollmentQuestions.length}
            max={MAX_QUESTIONS}
            addLabel="Add a question"
            onAdd={() => form.insertListItem('enrollmentQuestions', { prompt: '', required: true })}
            error={form.errors.enrollmentQuestions}
          >
            {values.enrollmentQuestions.map((_, index) => (
              <Group key={index} gap="sm" align="flex-end" wrap="nowrap" data-question-row={index}>
                <TextInput
                  style={{ flex: 1 }}
                  label={`Question ${index + 1}`}
                  maxLength={300}
                  {...form.getInputProps(`enrollmentQuestions.${index}.prompt`)}
                />
                <Checkbox
                  label="Required"
                  mb={8}
                  {...form.getInputProps(`enrollmentQuestions.${index}.required`, { type: 'checkbox' })}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  aria-label={`Remove question ${index + 1}`}
                  onClick={() => form.removeListItem('enrollmentQuestions', index)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
          </ListEditor>
          <ListEditor
            title="Cohorts"
            description="Groups who start together; optional."
            count={values.cohorts.length}
            max={MAX_COHORTS}
            addLabel="Add a cohort"
            onAdd={() => form.insertListItem('cohorts', { name: '', startsOn: values.startsOn })}
            error={form.errors.cohorts}
          >
            {values.cohorts.map((_, index) => (
              <Group key={index} gap="sm" align="flex-end" wrap="nowrap" data-cohort-row={index}>
                <TextInput style={{ flex: 1 }} label={`Cohort ${index + 1}`} maxLength={80} {...form.getInputProps(`cohorts.${index}.name`)} />
                <TextInput type="date" label={`Cohort ${index + 1} starts on`} {...form.getInputProps(`cohorts.${index}.startsOn`)} />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  aria-label={`Remove cohort ${index + 1}`}
                  onClick={() => form.removeListItem('cohorts', index)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
          </ListEditor>
          <Group>
            <Button type="submit" loading={form.submitting}>
              Create program
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
