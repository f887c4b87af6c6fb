import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import IconCircleCheck from '@tabler/icons-react/icons/IconCircleCheck';
import IconLinkOff from '@tabler/icons-react/icons/IconLinkOff';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import { RequestEmailVerificationDocument, VerifyEmailDocument, ViewerDocument } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { AuthPage } from '../../ui/AuthPage';
import { once } from './verify-once';

type Outcome = { state: 'checking' } | { state: 'verified' } | { state: 'failed'; message: string };

/** `/verify-email?token=…` from the mail: confirms the address as soon as the page opens. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useApolloClient();
  const { viewer } = useViewer();
  const [verify] = useMutation(VerifyEmailDocument);
  const [outcome, setOutcome] = useState<Outcome>(
    token ? { state: 'checking' } : { state: 'failed', message: 'This link is incomplete. Open the link from the mail exactly as it is.' },
  );
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!token) return;
    let current = true;
    once(token, () => verify({ variables: { input: { token } } }))
      .then(async ({ data }) => {
        const problem = data?.verifyEmail.userErrors[0];
        if (!current) return;
        if (problem) return setOutcome({ state: 'failed', message: problem.message });
        setOutcome({ state: 'verified' });
        await client.refetchQueries({ include: [ViewerDocument] }).catch(() => {});
      })
      .catch((error: unknown) => current && setOutcome({ state: 'failed', message: describeError(error) }));
    return () => {
      current = false;
    };
  }, [token, verify, client]);

  useEffect(() => {
    if (outcome.state !== 'checking') result.current?.focus();
  }, [outcome.state]);

  return (
    <AuthPage title="Confirm your email address">
      {outcome.state === 'checking' && (
        <Group gap="sm" role="status" justify="center" py="md">
          <Loader size="sm" aria-hidden />
          <Text>Confirming your address…</Text>
        </Group>
      )}
      {outcome.state === 'verified' && (
        <Alert
          ref={result}
          tabIndex={-1}
          role="status"
          variant="light"
          color="spruce"
          title="Your email address is confirmed"
          icon={<IconCircleCheck size={20} aria-hidden />}
          data-email-verified
        >
          <Stack gap="sm">
            <Text size="sm">Thank you. Mentorspace can now reach you about requests and sessions.</Text>
            <Button component={Link} to={viewer ? '/' : '/sign-in'} w="fit-content">
              {viewer ? 'Continue' : 'Sign in'}
            </Button>
          </Stack>
        </Alert>
      )}
      {outcome.state === 'failed' && (
        <Alert
          ref={result}
          tabIndex={-1}
          variant="light"
          color="orange"
          title="This link did not work"
          icon={<IconLinkOff size={20} aria-hidden />}
        >
          <Stack gap="sm">
            <Text size="sm">{outcome.message}</Text>
            {viewer ? <ResendLink /> : <Text size="sm">Sign in to have a new link sent to you.</Text>}
          </Stack>
        </Alert>
      )}
    </AuthPage>
  );
}

function ResendLink() {
  const [resend, { loading, data, error }] = useMutation(RequestEmailVerificationDocument);
  if (data?.requestEmailVerification.ok) {
    return (
      <Text size="sm" fw={600} role="status">
        A new link is on its way. It works for 48 hours.
      </Text>
    );
  }
  return (
    <Stack gap={6} align="flex-start">
      <Button variant="default" size="compact-sm" loading={loading} onClick={() => void resend().catch(() => {})}>
        Send a new link
      </Button>
      {error && (
        <Text size="sm" c="red" role="alert">
          {describeError(error)}
        </Text>
      )}
    </Stack>
  );
}
