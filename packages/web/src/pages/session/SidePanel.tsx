import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconGitMerge from '@tabler/icons-react/icons/IconGitMerge';
import { useEffect, useState } from 'react';
import { CreateActionItemDocument, UpdateActionItemDocument, UpdateSessionNotesDocument, type ActionItemFieldsFragment } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { SectionCard } from '../../ui/SectionCard';
import { MilestoneFromActionItem } from './MilestoneFromActionItem';
import type { SessionRoom } from './use-session-room';

interface Person {
  id: string;
  displayName: string;
}

export const toItem = (i: ActionItemFieldsFragment) => ({
  id: i.id,
  title: i.title,
  done: i.done,
  dueOn: i.dueOn ?? null,
  assigneeId: i.assignee?.id ?? null,
  milestone: i.milestone ? { id: i.milestone.id, goalTitle: i.milestone.goal.title } : null,
});

/** Beside the chat: the shared notes and the action items. */
export function SidePanel({ room, sessionId, people, viewerId }: { room: SessionRoom; sessionId: string; people: Person[]; viewerId: string }) {
  return (
    <Stack gap="lg">
      <NotesCard room={room} sessionId={sessionId} />
      <ActionItemsCard room={room} sessionId={sessionId} people={people} viewerId={viewerId} />
    </Stack>
  );
}

/**
 * Shared notes. Someone else's save shows at once unless you are editing; a
 * save from an older version is refused (CONFLICT) and their version appears
 * beside yours to merge.
 */
function NotesCard({ room, sessionId }: { room: SessionRoom; sessionId: string }) {
  const remote = room.state.notes;
  const [draft, setDraft] = useState(remote.text);
  // The saved version the draft started from.
  const [base, setBase] = useState(remote);
  const [conflict, setConflict] = useState<{ text: string; version: number } | null>(null);
  const [save, saving] = useMutation(UpdateSessionNotesDocument);
  const dirty = draft !== base.text;

  // Follow the other person's saves while you have no changes of your own; otherwise offer them to merge.
  useEffect(() => {
    if (remote.version <= base.version) return;
    if (!dirty) {
      setDraft(remote.text);
      setBase(remote);
    } else if (!conflict || conflict.version < remote.version) {
      setConflict(remote);
    }
  }, [remote, base, dirty, conflict]);

  async function submit() {
    try {
      const { data } = await save({ variables: { input: { sessionId, notes: draft, expectedVersion: base.version } } });
      const payload = data?.updateSessionNotes;
      const problem = payload?.userErrors[0];
      if (problem?.code === 'CONFLICT' && payload?.session) {
        setConflict({ text: payload.session.notes, version: payload.session.notesVersion });
        room.setNotes({ text: payload.session.notes, version: payload.session.notesVersion });
      } else if (problem) {
        notifications.show({ color: 'red', title: 'Notes not saved', message: problem.message });
      } else if (payload?.session) {
        const saved = { text: payload.session.notes, version: payload.session.notesVersion };
        room.setNotes(saved);
        setBase({ text: draft, version: saved.version });
        setConflict(null);
        notifications.show({ color: 'spruce', message: 'Notes saved.' });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'Notes not saved', message: describeError(error) });
    }
  }

  return (
    <SectionCard title="Shared notes" description="Both of you can edit them; the newest save wins, and clashes are shown to merge.">
      {conflict && (
        <Alert color="orange" variant="light" title="The other person saved a newer version" icon={<IconGitMerge size={20} aria-hidden />} data-notes-conflict>
          <Text size="sm" mb="xs">
            Their version is below. Merge what you need into yours, then save; or take theirs.
          </Text>
          <Textarea label="Their version" value={conflict.text} readOnly autosize minRows={2} maxRows={8} />
          <Group mt="sm" gap="sm">
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => {
                setDraft(conflict.text);
                setBase(conflict);
                setConflict(null);
              }}
            >
              Use theirs
            </Button>
            <Button
              size="compact-sm"
              onClick={() => {
                setBase({ text: conflict.text, version: conflict.version });
                setConflict(null);
              }}
            >
              I merged: keep mine
            </Button>
          </Group>
        </Alert>
      )}
      <Textarea label="Notes" autosize minRows={5} maxRows={16} value={draft} onChange={(event) => setDraft(event.currentTarget.value)} data-notes />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {dirty ? 'Unsaved changes' : `Saved · version ${base.version}`}
        </Text>
        <Button size="sm" onClick={() => void submit()} loading={saving.loading} disabled={Boolean(conflict)}>
          Save notes
        </Button>
      </Group>
    </SectionCard>
  );
}

function ActionItemsCard({ room, sessionId, people, viewerId }: { room: SessionRoom; sessionId: string; people: Person[]; viewerId: string }) {
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState(viewerId);
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateActionItemDocument);
  const [update] = useMutation(UpdateActionItemDocument);
  const nameOf = (id: string | null) => (id === viewerId ? 'You' : (people.find((p) => p.id === id)?.displayName ?? 'No one'));

  async function add() {
    setError(null);
    if (!title.trim()) return setError('Say what needs doing.');
    try {
      const { data } = await create({ variables: { input: { sessionId, title: title.trim(), assigneeId: assigneeId || null, dueOn: dueOn || null } } });
      const payload = data?.createActionItem;
      if (payload?.actionItem) {
        room.putActionItem(toItem(payload.actionItem));
        setTitle('');
        setDueOn('');
      } else setError(payload?.userErrors.map((e) => e.message).join(' ') ?? 'Not added.');
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  async function setDone(id: string, done: boolean) {
    try {
      const { data } = await update({ variables: { input: { actionItemId: id, done } } });
      if (data?.updateActionItem.actionItem) room.putActionItem(toItem(data.updateActionItem.actionItem));
    } catch (caught) {
      notifications.show({ color: 'red', title: 'Not updated', message: describeError(caught) });
    }
  }

  const items = room.state.actionItems;
  return (
    <SectionCard title="Action items" description="What each of you agreed to do next.">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          None yet.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-action-items>
          {items.map((item) => (
            <li key={item.id} data-action-item={item.title}>
              <Checkbox
                checked={item.done}
                onChange={(event) => void setDone(item.id, event.currentTarget.checked)}
                label={<span style={{ textDecoration: item.done ? 'line-through' : undefined }}>{item.title}</span>}
                description={`${nameOf(item.assigneeId)}${item.dueOn ? ` · due ${item.dueOn}` : ''}`}
              />
              <Group pl={32} mt={4}>
                <MilestoneFromActionItem item={item} sessionId={sessionId} onMade={room.putActionItem} />
              </Group>
            </li>
          ))}
        </Stack>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Stack gap="xs">
          <TextInput label="New action item" value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={error} />
          <Group gap="xs" grow>
            <NativeSelect
              label="Who"
              value={assigneeId}
              onChange={(event) => setAssigneeId(event.currentTarget.value)}
              data={[...people.map((p) => ({ value: p.id, label: p.id === viewerId ? 'You' : p.displayName })), { value: '', label: 'No one yet' }]}
            />
            <TextInput label="Due" type="date" value={dueOn} onChange={(event) => setDueOn(event.currentTarget.value)} />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" size="sm" variant="light" loading={creating.loading}>
              Add
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
