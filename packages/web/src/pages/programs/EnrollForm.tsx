import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { compactList, toFormRows } from '../../forms/compact-lists';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useServerForm } from '../../forms/use-server-form';
import { EnrollInProgramDocument, ProgramDocument, type EnrollmentRole, type ProgramQuery } from '../../graphql/documents';

type ProgramNode = Extract<NonNullable<ProgramQuery['node']>, { __typename: 'Program' }>;

interface Values {
  role: EnrollmentRole;
  cohortId: string;
  answers: Array<{ questionId: string; answer: string }>;
}

/** Asking to take part in a program as mentor or mentee, answering its questions. */
export function EnrollForm({ program }: { program: Pick<ProgramNode, 'id' | 'enrollmentQuestions' | 'cohorts'> }) {
  const [enroll] = useMutation(EnrollInProgramDocument, {
    refetchQueries: [{ query: ProgramDocument, variables: { id: program.id } }],
    awaitRefetchQueries: true,
  });
  const [sent, setSent] = useState(false);
  const initialValues: Values = {
    role: 'MENTEE',
    cohortId: program.cohorts[0]?.id ?? '',
    answers: program.enrollmentQuestions.map((question) => ({ questionId: question.id, answer: '' })),
  };
  const form = useForm<Values>({
    initialValues,
    validate: {
      answers: {
        answer: (value, _values, path) => {
          const index = Number(path.split('.')[1]);
          return program.enrollmentQuestions[index]?.required && !value.trim() ? 'Answer this question.' : null;
        },
      },
    },
  });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['role', 'cohortId', 'answers', 'answers.*.answer'] });

  return (
    <form
      ref={formRef}
      noValidate
      data-enroll-form
      onSubmit={onSubmit(async (values) => {
        setSent(false);
        const answers = compactList(values.answers, (row) => !row.answer.trim());
        const input = {
          programId: program.id,
          role: values.role,
          cohortId: values.cohortId || null,
          answers: answers.items.map((row) => ({ questionId: row.questionId, answer: row.answer.trim() })),
        };
        const { data } = await enroll({ variables: { input } });
        const payload = data?.enrollInProgram;
        if (!payload?.enrollment) return toFormRows(payload?.userErrors ?? [], { answers: answers.formIndex });
        form.setValues(initialValues);
        setSent(true);
      })}
    >
      <Stack gap="md" mt="sm">
        <FormErrorAlert message={formError} title="You were not enrolled" />
        {sent && (
          <Text size="sm" c="green" role="status">
            Enrolment sent: an admin will review it.
          </Text>
        )}
        <NativeSelect
          label="Enrol as"
          data={[
            { value: 'MENTEE', label: 'Mentee' },
            { value: 'MENTOR', label: 'Mentor' },
          ]}
          {...form.getInputProps('role')}
        />
        {program.cohorts.length > 0 && (
          <NativeSelect
            label="Cohort"
            data={program.cohorts.map((cohort) => ({ value: cohort.id, label: `${cohort.name} (from ${cohort.startsOn})` }))}
            {...form.getInputProps('cohortId')}
          />
        )}
        {program.enrollmentQuestions.map((question, index) => (
          <Textarea
            key={question.id}
            label={question.prompt}
            withAsterisk={question.required}
            autosize
            minRows={2}
            {...form.getInputProps(`answers.${index}.answer`)}
          />
        ))}
        <Group>
          <Button type="submit" loading={form.submitting}>
            Enrol
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
