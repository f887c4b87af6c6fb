import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import IconCircleCheck from '@tabler/icons-react/icons/IconCircleCheck';
import IconLinkOff from '@tabler/icons-react/icons/IconLinkOff';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { PasswordField } from '../../forms/PasswordField';
import { useServerForm } from '../../forms/use-server-form';
import { matches, newPasswordProblem, PASSWORD_MIN_LENGTH } from '../../forms/validators';
import { ResetPasswordDocument } from '../../graphql/documents';
import { AuthPage } from '../../ui/AuthPage';

/** `/reset-password?token=…` from the mail: choose a new password. Every session is signed out after. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useApolloClient();
  const [resetPassword] = useMutation(ResetPasswordDocument);
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const form = useForm({
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: { newPassword: newPasswordProblem, confirmPassword: matches('newPassword', 'The two passwords do not match.') },
  });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['newPassword'] });

  const footer = (
    <Anchor component={Link} to="/forgot-password" fw={600}>
      Need a new link?
    </Anchor>
  );

  if (!token) {
    return (
      <AuthPage title="Reset your password" footer={footer}>
        <Alert variant="light" color="orange" title="This link is incomplete" icon={<IconLinkOff size={20} aria-hidden />}>
          Open the link from the mail exactly as it is, or ask for a new one.
        </Alert>
      </AuthPage>
    );
  }

  return (
    <AuthPage title="Choose a new password" description="After this, you are signed out everywhere; sign in with the new password." footer={done ? undefined : footer}>
      {done ? (
        <Alert
          ref={doneRef}
          tabIndex={-1}
          role="status"
          variant="light"
          color="spruce"
          title="Your password is changed"
          icon={<IconCircleCheck size={20} aria-hidden />}
          data-password-reset
        >
          <Stack gap="sm">
            <Text size="sm">Every browser that was signed in has been signed out. Sign in with your new password.</Text>
            <Button component={Link} to="/sign-in" w="fit-content">
              Sign in
            </Button>
          </Stack>
        </Alert>
      ) : (
        <form
          ref={formRef}
          noValidate
          aria-label="Choose a new password"
          onSubmit={onSubmit(async (values) => {
            const { data } = await resetPassword({ variables: { input: { token, newPassword: values.newPassword } } });
            const userErrors = data?.resetPassword.userErrors ?? [];
            if (userErrors.length) return userErrors;
            // This browser was signed out too, if it was signed in.
            await client.resetStore().catch(() => {});
            setDone(true);
          })}
        >
          <Stack gap="md">
            <FormErrorAlert message={formError} title="Your password was not changed" />
            <PasswordField
              label="New password"
              description={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordField label="New password, again" autoComplete="new-password" required {...form.getInputProps('confirmPassword')} />
            <Button type="submit" fullWidth loading={form.submitting}>
              Change password
            </Button>
          </Stack>
        </form>
      )}
    </AuthPage>
  );
}
