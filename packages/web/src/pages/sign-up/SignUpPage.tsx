import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useSearchParams } from 'react-router';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { PasswordField } from '../../forms/PasswordField';
import { useServerForm } from '../../forms/use-server-form';
import { emailProblem, newPasswordProblem, PASSWORD_MIN_LENGTH, requiredText } from '../../forms/validators';
import { SignUpDocument } from '../../graphql/documents';
import { AuthPage } from '../../ui/AuthPage';

/** Name, email, password. Signed in at once; the guard then sends the new account to onboarding. */
export function SignUpPage() {
  const client = useApolloClient();
  const [signUp] = useMutation(SignUpDocument);
  const [params] = useSearchParams();
  const next = params.get('next');
  const form = useForm({
    initialValues: { displayName: '', email: '', password: '' },
    validate: {
      displayName: requiredText('Enter the name others will see.'),
      email: emailProblem,
      password: newPasswordProblem,
    },
  });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['displayName', 'email', 'password'] });

  return (
    <AuthPage
      title="Create your account"
      description="Mentor, find a mentor, or both. It takes a minute."
      footer={
        <>
          Already have an account?{' '}
          <Anchor component={Link} to={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'} fw={600}>
            Sign in
          </Anchor>
        </>
      }
    >
      <form
        ref={formRef}
        noValidate
        aria-label="Create your account"
        onSubmit={onSubmit(async (values) => {
          const input = { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password };
          const { data } = await signUp({ variables: { input } });
          const userErrors = data?.signUp.userErrors ?? [];
          if (userErrors.length) return userErrors;
          await client.resetStore();
        })}
      >
        <Stack gap="md">
          <FormErrorAlert message={formError} title="Could not create your account" />
          <TextInput
            label="Your name"
            description="How mentors and mentees will see you."
            autoComplete="name"
            required
            maxLength={80}
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label="Email"
            description="Only you see it. We send a link to confirm it."
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordField
            label="Password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" fullWidth loading={form.submitting}>
            Create account
          </Button>
          <Text size="xs" c="dimmed" ta="center">
            You can export your data or delete your account at any time in settings.
          </Text>
        </Stack>
      </form>
    </AuthPage>
  );
}
