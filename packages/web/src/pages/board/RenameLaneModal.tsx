import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { RenameLaneDocument } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';

/** Renames a lane; both people's boards take the new name from the board's stream. */
export function RenameLaneModal({ laneId, name, opened, onClose, announce }: { laneId: string; name: string; opened: boolean; onClose: () => void; announce: (message: string) => void }) {
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const [rename, { loading }] = useMutation(RenameLaneDocument);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    try {
      const { data } = await rename({ variables: { input: { laneId, name: draft.trim() } } });
      const problem = data?.renameLane.userErrors[0];
      if (problem) return setError(problem.message);
      announce(`Renamed the lane “${name}” to “${draft.trim()}”.`);
      onClose();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`Rename the lane “${name}”`}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput label="Lane name" value={draft} onChange={(event) => setDraft(event.currentTarget.value)} error={error} data-autofocus />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Rename
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
