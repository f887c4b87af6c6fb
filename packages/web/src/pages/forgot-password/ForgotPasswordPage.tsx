import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import IconMailForward from '@tabler/icons-react/icons/IconMailForward';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useServerForm } from '../../forms/use-server-form';
import { emailProblem } from '../../forms/validators';
import { RequestPasswordResetDocument } from '../../graphql/documents';
import { AuthPage } from '../../ui/AuthPage';

/**
 * Asks for a reset link. The answer is the same whether or not the address has
 * an account, so the page cannot be used to find out who is registered.
 */
export function ForgotPasswordPage() {
  const [requestReset] = useMutation(RequestPasswordResetDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sentTo) confirmation.current?.focus();
  }, [sentTo]);
  const form = useForm({ initialValues: { email: '' }, validate: { email: emailProblem } });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['email'] });

  return (
    <AuthPage
      title="Reset your password"
      description="Enter the address you signed up with and we will mail you a link to choose a new password."
      footer={
        <Anchor component={Link} to="/sign-in" fw={600}>
          Back to sign in
        </Anchor>
      }
    >
      {sentTo ? (
        <Alert
          ref={confirmation}
          tabIndex={-1}
          role="status"
          variant="light"
          color="spruce"
          title="Check your inbox"
          icon={<IconMailForward size={20} aria-hidden />}
          data-reset-requested
        >
          <Stack gap="sm">
            <Text size="sm">
              If {sentTo} has a Mentorspace account, a link to reset its password is on its way. It works for one hour.
            </Text>
            <Text size="sm">Nothing after a few minutes? Check your spam folder, or try again.</Text>
            <Button variant="default" size="compact-sm" w="fit-content" onClick={() => setSentTo(null)}>
              Try another address
            </Button>
          </Stack>
        </Alert>
      ) : (
        <form
          ref={formRef}
          noValidate
          aria-label="Reset your password"
          onSubmit={onSubmit(async (values) => {
            const email = values.email.trim();
            const { data } = await requestReset({ variables: { input: { email } } });
            const userErrors = data?.requestPasswordReset.userErrors ?? [];
            if (userErrors.length) return userErrors;
            setSentTo(email);
          })}
        >
          <Stack gap="md">
            <FormErrorAlert message={formError} title="Could not send the link" />
            <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
            <Button type="submit" fullWidth loading={form.submitting}>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
    </AuthPage>
  );
}
