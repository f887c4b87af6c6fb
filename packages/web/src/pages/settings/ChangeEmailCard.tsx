import { useApolloClient, useMutation } from '@apollo/client/react';
import { Badge, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useViewer } from '../../auth/use-viewer';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { PasswordField } from '../../forms/PasswordField';
import { useServerForm } from '../../forms/use-server-form';
import { emailProblem, requiredText } from '../../forms/validators';
import { ChangeEmailDocument, MySessionsDocument, ViewerDocument } from '../../graphql/documents';
import { SectionCard } from '../../ui/SectionCard';

export function ChangeEmailCard() {
  const { viewer } = useViewer();
  const client = useApolloClient();
  const [changeEmail] = useMutation(ChangeEmailDocument);
  const form = useForm({
    initialValues: { newEmail: '', password: '' },
    validate: { newEmail: emailProblem, password: requiredText('Enter your current password.') },
  });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['newEmail', 'password'] });
  const verified = viewer?.emailVerified;

  return (
    <SectionCard
      order={3}
      title="Email address"
      description="Where we send sign-in and account mail. Only you see it."
    >
      <Group gap="sm">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-current-email>
          {viewer?.email}
        </Text>
        <Badge color={verified ? 'spruce' : 'orange'} variant="light">
          {verified ? 'Confirmed' : 'Not confirmed'}
        </Badge>
      </Group>
      <form
        ref={formRef}
        noValidate
        aria-label="Change email address"
        onSubmit={onSubmit(async (values) => {
          const newEmail = values.newEmail.trim();
          const { data } = await changeEmail({ variables: { input: { newEmail, password: values.password } } });
          const userErrors = data?.changeEmail.userErrors ?? [];
          if (userErrors.length) return userErrors;
          form.reset();
          await client.refetchQueries({ include: [ViewerDocument, MySessionsDocument] });
          notifications.show({
            color: 'spruce',
            title: 'Email address changed',
            message: `Open the link we sent to ${newEmail} to confirm it. Other browsers were signed out.`,
          });
        })}
      >
        <Stack gap="md">
          <FormErrorAlert message={formError} title="Your email address was not changed" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label="New email address"
              description="We send a link there to confirm it."
              type="email"
              autoComplete="email"
              {...form.getInputProps('newEmail')}
            />
            <PasswordField
              label="Current password"
              description="To confirm it is you."
              autoComplete="current-password"
              {...form.getInputProps('password')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" variant="default" loading={form.submitting}>
              Change email
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
