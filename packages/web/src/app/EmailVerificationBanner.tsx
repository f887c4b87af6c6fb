import { useMutation } from '@apollo/client/react';
import { Alert, Button, Container, Group, Text } from '@mantine/core';
import IconMailExclamation from '@tabler/icons-react/icons/IconMailExclamation';
import { RequestEmailVerificationDocument } from '../graphql/documents';
import { describeError } from '../graphql/errors';
import classes from './EmailVerificationBanner.module.css';

/**
 * Under the header until the address is confirmed, with a way to get a new
 * link. What happened after "Resend" is said in the banner itself (a polite
 * live region), so it is heard without moving focus.
 */
export function EmailVerificationBanner({ email }: { email: string | null }) {
  const [resend, { loading, data, error }] = useMutation(RequestEmailVerificationDocument);
  const sent = data?.requestEmailVerification.ok === true;
  return (
    <Alert
      role="region"
      aria-label="Email address not confirmed"
      variant="light"
      color="blue"
      radius={0}
      className={classes.banner}
      data-email-verification-banner
    >
      <Container size="lg">
        <Group gap="xs" justify="space-between">
          <Group gap="sm" wrap="nowrap" align="center" className={classes.message}>
            <IconMailExclamation size={20} aria-hidden className={classes.icon} />
            <Text size="sm" c="var(--mantine-color-text)" aria-live="polite" className={classes.text}>
              {sent
                ? `A new link is on its way to ${email ?? 'your address'}. It works for 48 hours.`
                : error
                  ? describeError(error)
                  : `Confirm your email address: open the link we sent to ${email ?? 'you'}.`}
            </Text>
          </Group>
          {!sent && (
            <Button
              size="compact-sm"
              variant="default"
              loading={loading}
              onClick={() => void resend().catch(() => {})}
              className={classes.action}
            >
              Resend link
            </Button>
          )}
        </Group>
      </Container>
    </Alert>
  );
}
