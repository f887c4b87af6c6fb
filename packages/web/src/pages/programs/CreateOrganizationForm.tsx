import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useServerForm } from '../../forms/use-server-form';
import { requiredText } from '../../forms/validators';
import { CreateOrganizationDocument, MyProgramsDocument } from '../../graphql/documents';
import { SectionCard } from '../../ui/SectionCard';

/** Creating an organisation; its creator administers it. */
export function CreateOrganizationForm() {
  const [create] = useMutation(CreateOrganizationDocument, { refetchQueries: [MyProgramsDocument], awaitRefetchQueries: true });
  const form = useForm({ initialValues: { name: '' }, validate: { name: requiredText('Name the organisation.') } });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['name'] });
  return (
    <SectionCard title="Create organisation" description="You will administer it, and can run programs in it.">
      <form
        ref={formRef}
        noValidate
        data-create-organization-form
        onSubmit={onSubmit(async (values) => {
          const { data } = await create({ variables: { input: { name: values.name.trim() } } });
          const payload = data?.createOrganization;
          if (!payload?.organization) return payload?.userErrors ?? [];
          form.reset();
        })}
      >
        <Stack gap="md" mt="sm">
          <FormErrorAlert message={formError} title="The organisation was not created" />
          <TextInput label="Organisation name" maxLength={120} {...form.getInputProps('name')} />
          <Group>
            <Button type="submit" loading={form.submitting}>
              Create organisation
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
