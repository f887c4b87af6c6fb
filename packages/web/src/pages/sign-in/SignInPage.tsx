import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useSearchParams } from 'react-router';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { PasswordField } from '../../forms/PasswordField';
import { useServerForm } from '../../forms/use-server-form';
import { emailProblem, requiredText } from '../../forms/validators';
import { SignInDocument } from '../../graphql/documents';
import { AuthPage } from '../../ui/AuthPage';

/** Email and password. On success the store is reset and the guard moves on to `next` (or home, or onboarding). */
export function SignInPage() {
  const client = useApolloClient();
  const [signIn] = useMutation(SignInDocument);
  const [params] = useSearchParams();
  const next = params.get('next');
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: emailProblem, password: requiredText('Enter your password.') },
  });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['email', 'password'] });

  return (
    <AuthPage
      title="Sign in to Mentorspace"
      description={next ? 'Sign in to continue where you were.' : 'Welcome back.'}
      footer={
        <>
          New to Mentorspace?{' '}
          <Anchor component={Link} to={next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'} fw={600}>
            Create an account
          </Anchor>
        </>
      }
    >
      <form
        ref={formRef}
        noValidate
        aria-label="Sign in"
        onSubmit={onSubmit(async (values) => {
          const { data } = await signIn({ variables: { input: { email: values.email.trim(), password: values.password } } });
          const userErrors = data?.signIn.userErrors ?? [];
          if (userErrors.length) return userErrors;
          await client.resetStore();
        })}
      >
        <Stack gap="md">
          <FormErrorAlert message={formError} title="Could not sign you in" />
          <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <Stack gap={6}>
            <PasswordField label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
            <Group justify="flex-end">
              <Anchor component={Link} to="/forgot-password" size="sm">
                Forgot your password?
              </Anchor>
            </Group>
          </Stack>
          <Button type="submit" fullWidth loading={form.submitting}>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthPage>
  );
}
