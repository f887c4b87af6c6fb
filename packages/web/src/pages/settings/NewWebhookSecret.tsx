import { Alert, Button, Code, CopyButton, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import IconCheck from '@tabler/icons-react/icons/IconCheck';
import IconCopy from '@tabler/icons-react/icons/IconCopy';
import IconWebhook from '@tabler/icons-react/icons/IconWebhook';
import { useEffect, useRef } from 'react';
import classes from './SettingsPage.module.css';

/**
 * The signing secret, shown this once (after adding an endpoint or rotating
 * its secret). It takes focus, so screen readers hear the warning.
 */
export function NewWebhookSecret({ url, secret, onDone }: { url: string; secret: string; onDone: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} variant="light" color="orange" radius="md" icon={<IconWebhook size={20} aria-hidden />} title="Copy the signing secret now" data-new-webhook>
      <Stack gap="sm">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          Deliveries to {url} are signed with this secret: check the <Code>Mentorspace-Signature</Code> header with it before trusting a request. This is
          the only time it is shown.
        </Text>
        <Code className={classes.secret} data-webhook-secret>
          {secret}
        </Code>
        <Group gap="sm">
          <CopyButton value={secret} timeout={3000}>
            {({ copied, copy }) => (
              <>
                <Button
                  onClick={copy}
                  color={copied ? 'spruce' : undefined}
                  leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                >
                  {copied ? 'Copied' : 'Copy secret'}
                </Button>
                <VisuallyHidden role="status">{copied ? 'The secret is copied to your clipboard.' : ''}</VisuallyHidden>
              </>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDone}>
            I have saved it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
