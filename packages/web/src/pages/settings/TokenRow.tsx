import { useMutation } from '@apollo/client/react';
import { Badge, Button, Code, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatDate, formatDateTime, relativeTime } from '../../domain/dates';
import { scopeName } from '../../domain/scopes';
import { MyAccessTokensDocument, RevokePersonalAccessTokenDocument, type PersonalAccessTokenFieldsFragment } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { ConfirmModal } from '../../ui/ConfirmModal';
import classes from './SettingsPage.module.css';

export function TokenRow({ token, onRevoked }: { token: PersonalAccessTokenFieldsFragment; onRevoked: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [revoke, { loading }] = useMutation(RevokePersonalAccessTokenDocument, {
    refetchQueries: [MyAccessTokensDocument],
    awaitRefetchQueries: true,
  });

  async function confirmRevoke() {
    try {
      const { data } = await revoke({ variables: { input: { tokenId: token.id } } });
      const problem = data?.revokePersonalAccessToken.userErrors[0];
      setConfirming(false);
      if (problem) return notifications.show({ color: 'red', title: 'Not revoked', message: problem.message });
      notifications.show({ color: 'spruce', message: `“${token.name}” is revoked. Anything using it is refused from now on.` });
      onRevoked();
    } catch (error) {
      setConfirming(false);
      notifications.show({ color: 'red', title: 'Not revoked', message: describeError(error) });
    }
  }

  const expired = token.expiresAt !== null && new Date(token.expiresAt) <= new Date();
  return (
    <Group role="listitem" justify="space-between" wrap="nowrap" gap="md" align="flex-start" className={classes.row} data-token={token.name}>
      <div style={{ minWidth: 0 }}>
        <Group gap={8}>
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {token.name}
          </Text>
          <Code aria-label={`Starts with ${token.secretPrefix}`}>{token.secretPrefix}…</Code>
          {expired && (
            <Badge size="sm" color="red" variant="light">
              Expired
            </Badge>
          )}
        </Group>
        <Group gap={6} mt={6} aria-label="Scopes">
          {token.scopes.map((scope) => (
            <Badge key={scope} size="sm" variant="outline" color="gray" tt="none">
              {scopeName(scope)}
            </Badge>
          ))}
        </Group>
        <Text size="xs" c="dimmed" mt={6}>
          Created <time dateTime={token.createdAt} title={formatDateTime(token.createdAt)}>{relativeTime(token.createdAt)}</time>
          {' · '}
          {token.lastUsedAt ? (
            <>
              Last used <time dateTime={token.lastUsedAt} title={formatDateTime(token.lastUsedAt)}>{relativeTime(token.lastUsedAt)}</time>
            </>
          ) : (
            'Never used'
          )}
          {' · '}
          {token.expiresAt ? (
            <>
              {expired ? 'Expired' : 'Expires'} <time dateTime={token.expiresAt}>{formatDate(token.expiresAt)}</time>
            </>
          ) : (
            'Never expires'
          )}
        </Text>
      </div>
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => setConfirming(true)}
        aria-label={`Revoke ${token.name}`}
        className={classes.rowAction}
      >
        Revoke
      </Button>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => void confirmRevoke()}
        title={`Revoke “${token.name}”?`}
        confirmLabel="Revoke token"
        danger
        loading={loading}
      >
        Anything using this token is refused at once. This cannot be undone; you can create a new token later.
      </ConfirmModal>
    </Group>
  );
}
