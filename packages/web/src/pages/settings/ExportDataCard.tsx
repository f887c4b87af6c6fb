import { useApolloClient } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import IconDownload from '@tabler/icons-react/icons/IconDownload';
import { useState } from 'react';
import { ExportMyDataDocument } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { SectionCard } from '../../ui/SectionCard';
import { downloadJson, exportFilename } from '../../ui/download';

export function ExportDataCard() {
  const client = useApolloClient();
  const [state, setState] = useState<{ busy: boolean; error?: string; done?: boolean }>({ busy: false });

  async function download() {
    setState({ busy: true });
    try {
      const { data } = await client.query({ query: ExportMyDataDocument, fetchPolicy: 'no-cache' });
      downloadJson(data?.exportMyData ?? {}, exportFilename());
      setState({ busy: false, done: true });
    } catch (error) {
      setState({ busy: false, error: describeError(error) });
    }
  }

  return (
    <SectionCard
      order={3}
      title="Your data"
      description="Everything Mentorspace keeps about you (your account, profile, needs assessment, sessions and tokens, never their secrets) as one JSON file."
    >
      <Group gap="md">
        <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} loading={state.busy} onClick={() => void download()}>
          Download my data
        </Button>
        <Text size="sm" role="status" c={state.error ? 'red' : 'dimmed'}>
          {state.error ?? (state.done ? 'Your download has started.' : '')}
        </Text>
      </Group>
    </SectionCard>
  );
}
