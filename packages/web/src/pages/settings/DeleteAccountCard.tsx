import { useMutation } from '@apollo/client/react';
import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import IconTrash from '@tabler/icons-react/icons/IconTrash';
import { useState } from 'react';
import { useLeaveAccount } from '../../auth/leave-account';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { PasswordField } from '../../forms/PasswordField';
import { useServerForm } from '../../forms/use-server-form';
import { requiredText } from '../../forms/validators';
import { DeleteAccountDocument } from '../../graphql/documents';
import { SectionCard } from '../../ui/SectionCard';
import classes from './SettingsPage.module.css';

/** Deleting is final: a dialog explains what goes and asks for the password. */
export function DeleteAccountCard() {
  const [opened, setOpened] = useState(false);
  const [deleteAccount] = useMutation(DeleteAccountDocument);
  const leave = useLeaveAccount();
  const form = useForm({ initialValues: { password: '' }, validate: { password: requiredText('Enter your password to confirm.') } });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['password'] });
  const close = () => {
    if (form.submitting) return;
    setOpened(false);
    form.reset();
  };

  return (
    <SectionCard order={3} title="Delete account" description="Remove your account and everything that is yours alone." className={classes.danger}>
      <Group>
        <Button color="red" variant="light" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setOpened(true)}>
          Delete account…
        </Button>
      </Group>
      <Modal opened={opened} onClose={close} title="Delete your account?" centered radius="lg">
        <form
          ref={formRef}
          noValidate
          aria-label="Delete your account"
          onSubmit={onSubmit(async ({ password }) => {
            const { data } = await deleteAccount({ variables: { input: { password } } });
            const userErrors = data?.deleteAccount.userErrors ?? [];
            if (userErrors.length) return userErrors;
            setOpened(false);
            await leave('Your account has been deleted. Thank you for being part of Mentorspace.');
          })}
        >
          <Stack gap="md">
            <Text size="sm">This cannot be undone. Straight away:</Text>
            <List size="sm" spacing={4}>
              <List.Item>your profile, needs assessment and personal access tokens are deleted;</List.Item>
              <List.Item>every browser signed in to your account is signed out;</List.Item>
              <List.Item>your email address is free to sign up with again.</List.Item>
            </List>
            <Text size="sm">Want a copy first? Download your data before you go.</Text>
            <FormErrorAlert message={formError} title="Your account was not deleted" />
            <PasswordField label="Your password" description="To confirm it is you." autoComplete="current-password" data-autofocus {...form.getInputProps('password')} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={form.submitting}>
                Keep my account
              </Button>
              <Button type="submit" color="red" loading={form.submitting}>
                Delete my account
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </SectionCard>
  );
}
