import { Alert, Button, Code, CopyButton, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import IconCheck from '@tabler/icons-react/icons/IconCheck';
import IconCopy from '@tabler/icons-react/icons/IconCopy';
import IconKey from '@tabler/icons-react/icons/IconKey';
import { useEffect, useRef } from 'react';
import type { CreatedToken } from './CreateTokenForm';
import classes from './SettingsPage.module.css';

/**
 * The secret, shown this once. It takes focus, so screen readers hear the
 * warning and keyboard users land on the copy button's neighbourhood.
 */
export function NewTokenSecret({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      variant="light"
      color="orange"
      radius="md"
      icon={<IconKey size={20} aria-hidden />}
      title={`Copy your new token “${token.token.name}” now`}
      data-new-token
    >
      <Stack gap="sm">
        <Text size="sm">
          This is the only time it is shown: Mentorspace keeps just a fingerprint of it. If you lose it, revoke it and create another.
        </Text>
        <Code className={classes.secret} data-token-secret>
          {token.secret}
        </Code>
        <Group gap="sm">
          <CopyButton value={token.secret} timeout={3000}>
            {({ copied, copy }) => (
              <>
                <Button
                  onClick={copy}
                  color={copied ? 'spruce' : undefined}
                  leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                >
                  {copied ? 'Copied' : 'Copy token'}
                </Button>
                {/* The button's new text is not announced while it has focus; this is. */}
                <VisuallyHidden role="status">{copied ? 'The token is copied to your clipboard.' : ''}</VisuallyHidden>
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
