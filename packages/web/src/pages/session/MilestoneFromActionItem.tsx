import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconFlag from '@tabler/icons-react/icons/IconFlag';
import { useState } from 'react';
import type { RoomActionItem } from '../../domain/live-room';
import { ConvertActionItemToMilestoneDocument, SessionBoardGoalsDocument } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';

/**
 * Under an action item: "Make it a milestone of…" with a picker of the goals
 * on the session's board; once made, which goal's milestone it is.
 */
export function MilestoneFromActionItem({ item, sessionId, onMade }: { item: RoomActionItem; sessionId: string; onMade: (item: RoomActionItem) => void }) {
  const [opened, setOpened] = useState(false);
  if (item.milestone) {
    return (
      <Badge variant="light" color="spruce" leftSection={<IconFlag size={12} aria-hidden />} data-milestone-of={item.milestone.goalTitle} style={{ textTransform: 'none' }}>
        Milestone of “{item.milestone.goalTitle}”
      </Badge>
    );
  }
  return (
    <>
      <Button
        variant="subtle"
        size="compact-xs"
        leftSection={<IconFlag size={12} aria-hidden />}
        onClick={() => setOpened(true)}
        aria-haspopup="dialog"
        aria-label={`Make “${item.title}” a milestone of a goal`}
      >
        Make it a milestone of…
      </Button>
      {opened && <GoalPicker item={item} sessionId={sessionId} onClose={() => setOpened(false)} onMade={onMade} />}
    </>
  );
}

function GoalPicker({ item, sessionId, onClose, onMade }: { item: RoomActionItem; sessionId: string; onClose: () => void; onMade: (item: RoomActionItem) => void }) {
  const { data, loading, error } = useQuery(SessionBoardGoalsDocument, { variables: { sessionId }, fetchPolicy: 'network-only' });
  const [convert, converting] = useMutation(ConvertActionItemToMilestoneDocument);
  const [goalId, setGoalId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const lanes = data?.node?.__typename === 'LiveSession' ? (data.node.mentorship.goalBoard?.lanes ?? []) : [];
  const groups = lanes.filter((lane) => lane.goals.length > 0).map((lane) => ({ group: lane.name, items: lane.goals.map((goal) => ({ value: goal.id, label: goal.title })) }));

  async function submit() {
    if (!goalId) {
      setProblem('Choose a goal.');
      return;
    }
    try {
      const { data: result } = await convert({ variables: { input: { actionItemId: item.id, goalId } } });
      const payload = result?.convertActionItemToMilestone;
      if (payload?.milestone) {
        const goalTitle = payload.milestone.goal.title;
        onMade({ ...item, milestone: { id: payload.milestone.id, goalTitle } });
        notifications.show({ color: 'spruce', message: `“${item.title}” is now a milestone of “${goalTitle}”.` });
        onClose();
      } else {
        setProblem(payload?.userErrors.map((e) => e.message).join(' ') ?? 'Not made a milestone.');
      }
    } catch (caught) {
      setProblem(describeError(caught));
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Make “${item.title}” a milestone`} data-milestone-picker>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            It becomes a milestone of the goal you choose, with its title{item.dueOn ? ' and due date' : ''}; you both see it on the board.
          </Text>
          {error ? (
            <Text size="sm" c="red">
              {describeError(error)}
            </Text>
          ) : !loading && groups.length === 0 ? (
            <Text size="sm">No goals on the board yet. Add one on the board first.</Text>
          ) : (
            <Select
              label="Goal"
              placeholder={loading ? 'Loading the goals…' : 'Choose a goal'}
              data={groups}
              value={goalId}
              onChange={(value) => {
                setGoalId(value);
                setProblem(null);
              }}
              searchable
              disabled={loading}
              error={problem}
              comboboxProps={{ withinPortal: true }}
              data-autofocus
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={converting.loading} disabled={loading || groups.length === 0}>
              Make it a milestone
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
