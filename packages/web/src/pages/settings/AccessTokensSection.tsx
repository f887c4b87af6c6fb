import { useQuery } from '@apollo/client/react';
import { Badge, Button, Code, Group, Skeleton, Stack, Text } from '@mantine/core';
import IconKey from '@tabler/icons-react/icons/IconKey';
import { useRef, useState } from 'react';
import { MyAccessTokensDocument } from '../../graphql/documents';
import { ErrorState } from '../../ui/ErrorState';
import { SectionCard } from '../../ui/SectionCard';
import { CreateTokenForm, type CreatedToken } from './CreateTokenForm';
import { NewTokenSecret } from './NewTokenSecret';
import { TokenRow } from './TokenRow';

/** Server limit: live tokens per person. All of them fit on one page. */
const MAX_TOKENS = 50;

export function AccessTokensSection({ id, className }: { id: string; className?: string }) {
  const { data, error, loading, refetch } = useQuery(MyAccessTokensDocument, { variables: { first: MAX_TOKENS } });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  const tokens = data?.viewer?.personalAccessTokens;

  const closeForm = () => {
    setCreating(false);
    requestAnimationFrame(() => createButton.current?.focus());
  };

  return (
    <SectionCard
      id={id}
      className={className}
      title="Personal access tokens"
      description={
        <>
          Let a script or another app use the Mentorspace API as you, only for what you allow. Send the token as{' '}
          <Code>Authorization: Bearer &lt;token&gt;</Code>. Anyone who has it can act as you within its scopes: keep it secret.
        </>
      }
      aside={tokens && <Badge variant="light" color="gray">{tokens.totalCount}</Badge>}
    >
      {created && (
        <NewTokenSecret
          token={created}
          onDone={() => {
            setCreated(null);
            requestAnimationFrame(() => createButton.current?.focus());
          }}
        />
      )}
      {creating ? (
        <CreateTokenForm
          onCancel={closeForm}
          onCreated={(token) => {
            setCreating(false);
            setCreated(token);
          }}
        />
      ) : (
        <Group>
          <Button ref={createButton} leftSection={<IconKey size={18} aria-hidden />} onClick={() => setCreating(true)}>
            Create token
          </Button>
        </Group>
      )}
      {error && !data ? (
        <ErrorState inline error={error} title="Your tokens could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
      ) : !tokens ? (
        <Stack gap="md" aria-busy="true" aria-label="Loading tokens">
          <Skeleton height={60} radius="md" />
        </Stack>
      ) : tokens.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          You have no tokens. Create one when a script or app needs to reach your data.
        </Text>
      ) : (
        <div role="list" aria-label="Your tokens" data-tokens>
          {tokens.nodes.map((token) => (
            <TokenRow key={token.id} token={token} onRevoked={() => requestAnimationFrame(() => createButton.current?.focus())} />
          ))}
        </div>
      )}
    </SectionCard>
  );
}
