import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { PasswordField } from '../../forms/PasswordField';
import { useServerForm } from '../../forms/use-server-form';
import { matches, newPasswordProblem, PASSWORD_MIN_LENGTH, requiredText } from '../../forms/validators';
import { ChangePasswordDocument, MySessionsDocument } from '../../graphql/documents';
import { SectionCard } from '../../ui/SectionCard';

export function ChangePasswordCard() {
  const client = useApolloClient();
  const [changePassword] = useMutation(ChangePasswordDocument);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: requiredText('Enter your current password.'),
      newPassword: newPasswordProblem,
      confirmPassword: matches('newPassword', 'The two new passwords do not match.'),
    },
  });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['currentPassword', 'newPassword'] });

  return (
    <SectionCard order={3} title="Password" description="Changing it signs out every other browser.">
      <form
        ref={formRef}
        noValidate
        aria-label="Change password"
        onSubmit={onSubmit(async ({ currentPassword, newPassword }) => {
          const { data } = await changePassword({ variables: { input: { currentPassword, newPassword } } });
          const userErrors = data?.changePassword.userErrors ?? [];
          if (userErrors.length) return userErrors;
          form.reset();
          await client.refetchQueries({ include: [MySessionsDocument] });
          notifications.show({ color: 'spruce', title: 'Password changed', message: 'Every other browser has been signed out.' });
        })}
      >
        <Stack gap="md" maw={420}>
          <FormErrorAlert message={formError} title="Your password was not changed" />
          <PasswordField label="Current password" autoComplete="current-password" {...form.getInputProps('currentPassword')} />
          <PasswordField
            label="New password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordField label="New password, again" autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
          <Group>
            <Button type="submit" variant="default" loading={form.submitting}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
