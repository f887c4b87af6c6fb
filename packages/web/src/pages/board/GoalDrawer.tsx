import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Divider,
  Drawer,
  Group,
  Progress,
  Select,
  Slider,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import IconArchive from '@tabler/icons-react/icons/IconArchive';
import IconInfoCircle from '@tabler/icons-react/icons/IconInfoCircle';
import IconTrash from '@tabler/icons-react/icons/IconTrash';
import { useEffect, useState } from 'react';
import {
  draftOf,
  formatDay,
  goalFromApi,
  goalProgress,
  updateFields,
  type BoardEvent,
  type BoardGoal,
  type GoalDraft,
  type GoalFromApi,
} from '../../domain/board';
import { editingSentence } from '../../domain/board-presence';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useServerForm } from '../../forms/use-server-form';
import { AddMilestoneDocument, ArchiveGoalDocument, UpdateGoalDocument, UpdateMilestoneDocument } from '../../graphql/documents';
import { describeError, UserFacingError } from '../../graphql/errors';
import { ConflictView } from './ConflictView';

interface FormValues {
  title: string;
  description: string;
  whyItMatters: string;
  linkedSkills: string[];
  targetDate: string;
  ownerId: string;
  manual: boolean;
  progress: number;
}

function toForm(draft: GoalDraft, percent: number): FormValues {
  return {
    title: draft.title,
    description: draft.description,
    whyItMatters: draft.whyItMatters,
    linkedSkills: draft.linkedSkills,
    targetDate: draft.targetDate ?? '',
    ownerId: draft.ownerId ?? '',
    manual: draft.progressOverride !== null,
    progress: draft.progressOverride ?? percent,
  };
}

function fromForm(values: FormValues): GoalDraft {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    whyItMatters: values.whyItMatters.trim(),
    linkedSkills: values.linkedSkills,
    targetDate: values.targetDate || null,
    ownerId: values.ownerId || null,
    progressOverride: values.manual ? values.progress : null,
  };
}

export interface GoalDrawerProps {
  goal: BoardGoal;
  people: { id: string; displayName: string }[];
  partnerName: string;
  onGoal: (goal: GoalFromApi) => void;
  onEvent: (event: BoardEvent) => void;
  onClose: () => void;
  announce: (message: string) => void;
  /** Others editing this goal right now (live presence). */
  editingAlso?: readonly string[];
}

/**
 * The editor for one goal, beside the board: its fields (saved with the
 * version it started from), progress (from milestones or set by hand), the
 * milestone checklist (saved at once), and archiving. A save that finds the
 * goal changed shows both versions (ConflictView).
 */
export function GoalDrawer({ goal, people, partnerName, onGoal, onEvent, onClose, announce, editingAlso = [] }: GoalDrawerProps) {
  const mobile = useMediaQuery('(max-width: 36em)');
  const [base, setBase] = useState(() => ({ draft: draftOf(goal), version: goal.version }));
  const [conflict, setConflict] = useState<{ base: GoalDraft; mine: GoalDraft; theirs: GoalDraft; version: number } | null>(null);
  const form = useForm<FormValues>({
    initialValues: toForm(base.draft, goalProgress(goal).percent),
    validate: { title: (value) => (value.trim() ? null : 'Give the goal a title.') },
  });
  const server = useServerForm(form, { fields: ['title', 'description', 'whyItMatters', 'linkedSkills', 'targetDate', 'ownerId', 'progress'], aliases: { progressOverride: 'progress' } });
  const [updateGoal, updating] = useMutation(UpdateGoalDocument);
  const [archiveGoal, archiving] = useMutation(ArchiveGoalDocument);
  const changedElsewhere = goal.version !== base.version;
  const names = Object.fromEntries(people.map((person) => [person.id, person.displayName]));

  // Someone else saved while the form is untouched: show their version.
  useEffect(() => {
    if (goal.version !== base.version && !form.isDirty() && !conflict) {
      const draft = draftOf(goal);
      setBase({ draft, version: goal.version });
      form.setValues(toForm(draft, goalProgress(goal).percent));
      form.resetDirty(toForm(draft, goalProgress(goal).percent));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [goal.version]);

  function settle(saved: GoalFromApi) {
    onGoal(saved);
    const draft = draftOf(goalFromApi(saved));
    setBase({ draft, version: saved.version });
    const values = toForm(draft, saved.progress.percent);
    form.setValues(values);
    form.resetDirty(values);
    setConflict(null);
  }

  async function save(expectedVersion: number, startedFrom: GoalDraft, draft: GoalDraft) {
    const fields = updateFields(startedFrom, draft);
    if (Object.keys(fields).length === 0) {
      announce('Nothing changed.');
      notifications.show({ color: 'gray', message: 'Nothing changed.' });
      return;
    }
    const { data } = await updateGoal({ variables: { input: { id: goal.id, expectedVersion, ...fields } } });
    const payload = data?.updateGoal;
    if (!payload) return;
    const problem = payload.userErrors[0];
    if (problem?.code === 'CONFLICT' && payload.goal) {
      onGoal(payload.goal);
      setConflict({ base: startedFrom, mine: draft, theirs: draftOf(goalFromApi(payload.goal)), version: payload.goal.version });
      announce(`${partnerName} changed this goal while you were editing. Both versions are shown.`);
      return;
    }
    if (problem) return payload.userErrors;
    if (payload.goal) settle(payload.goal);
    announce('Goal saved.');
    notifications.show({ color: 'spruce', message: `Saved “${payload.goal?.title ?? draft.title}”.` });
  }

  async function resolve(merged: GoalDraft) {
    if (!conflict) return;
    try {
      const errors = await save(conflict.version, conflict.theirs, merged);
      if (errors?.length) {
        setConflict(null);
        form.setValues(toForm(merged, goalProgress(goal).percent));
        server.showUserErrors(errors);
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not saved', message: describeError(error) });
    }
  }

  function takeTheirs() {
    if (!conflict) return;
    const values = toForm(conflict.theirs, goalProgress(goal).percent);
    setBase({ draft: conflict.theirs, version: conflict.version });
    form.setValues(values);
    form.resetDirty(values);
    setConflict(null);
    announce(`You took ${partnerName}’s version.`);
  }

  async function archive() {
    try {
      const { data } = await archiveGoal({ variables: { input: { id: goal.id } } });
      const problem = data?.archiveGoal.userErrors[0];
      if (problem) throw new UserFacingError(problem.message);
      if (data?.archiveGoal.goal) onGoal(data.archiveGoal.goal);
      notifications.show({ color: 'spruce', message: `Archived “${goal.title}”. Restore it from Archived goals.` });
      announce(`Archived “${goal.title}”.`);
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not archived', message: describeError(error) });
    }
  }

  const progress = goalProgress(goal);
  const values = form.getValues();

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={mobile ? '100%' : 'lg'}
      title={<Title order={2} size="h3">{goal.title}</Title>}
      closeButtonProps={{ 'aria-label': 'Close the goal' }}
      data-goal-drawer={goal.title}
    >
      <Stack gap="lg">
        <section aria-label="Progress">
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={600}>
              Progress
            </Text>
            <Group gap="xs">
              {progress.manual ? (
                <Badge color="orange" variant="light" data-progress-manual>
                  Set by hand
                </Badge>
              ) : (
                <Text size="xs" c="dimmed">
                  From milestones
                </Text>
              )}
              <Text size="sm" fw={700}>
                {progress.percent}%
              </Text>
            </Group>
          </Group>
          <Progress value={progress.percent} size="lg" color={progress.manual ? 'orange' : 'spruce'} aria-label={`Progress${progress.manual ? ', set by hand' : ', from milestones'}`} />
        </section>

        <Milestones goal={goal} onEvent={onEvent} announce={announce} />

        <Divider />

        {conflict ? (
          <ConflictView
            base={conflict.base}
            mine={conflict.mine}
            theirs={conflict.theirs}
            theirName={partnerName}
            names={names}
            saving={updating.loading}
            onSave={(merged) => void resolve(merged)}
            onTakeTheirs={takeTheirs}
          />
        ) : (
          <form
            ref={server.formRef}
            noValidate
            data-goal-form
            onSubmit={server.onSubmit(async (submitted) => save(base.version, base.draft, fromForm(submitted)))}
          >
            <Stack gap="md">
              <Title order={3} size="h4">
                Details
              </Title>
              {editingAlso.length > 0 && !changedElsewhere && (
                <Alert variant="light" color="orange" icon={<IconInfoCircle size={20} aria-hidden />} data-editing-also>
                  {editingSentence(editingAlso)} this goal too. If you both save, the later save shows both versions to choose from.
                </Alert>
              )}
              {changedElsewhere && (
                <Alert variant="light" color="blue" icon={<IconInfoCircle size={20} aria-hidden />} role="status">
                  {partnerName} saved a change to this goal while you were editing. When you save, you will see both versions and choose.
                </Alert>
              )}
              <FormErrorAlert message={server.formError} title="Not saved" />
              <TextInput label="Title" required {...form.getInputProps('title')} />
              <Textarea label="Description" autosize minRows={2} maxRows={8} {...form.getInputProps('description')} />
              <Textarea label="Why it matters" autosize minRows={2} maxRows={6} {...form.getInputProps('whyItMatters')} />
              <TagsInput label="Linked skills" description="Press Enter after each skill." maxTags={10} {...form.getInputProps('linkedSkills')} />
              <Group grow align="flex-start" wrap="wrap">
                <TextInput type="date" label="Target date" {...form.getInputProps('targetDate')} />
                <Select
                  label="Owner"
                  data={[{ value: '', label: 'Nobody yet' }, ...people.map((person) => ({ value: person.id, label: person.displayName }))]}
                  allowDeselect={false}
                  {...form.getInputProps('ownerId')}
                />
              </Group>
              <Switch
                label="Set progress by hand"
                description="Otherwise progress is the share of milestones done."
                {...form.getInputProps('manual', { type: 'checkbox' })}
              />
              {values.manual && (
                <Stack gap={4}>
                  <Text size="sm" fw={500} id={`progress-${goal.id}`}>
                    Progress: {values.progress}%
                  </Text>
                  <Slider
                    min={0}
                    max={100}
                    step={5}
                    label={(value) => `${value}%`}
                    thumbProps={{ 'aria-labelledby': `progress-${goal.id}` }}
                    {...form.getInputProps('progress')}
                  />
                  {form.errors.progress && (
                    <Text size="xs" c="red">
                      {form.errors.progress}
                    </Text>
                  )}
                </Stack>
              )}
              <Group justify="space-between" wrap="wrap">
                <Button type="submit" loading={updating.loading}>
                  Save goal
                </Button>
                <Button variant="light" color="red" leftSection={<IconArchive size={16} aria-hidden />} onClick={() => void archive()} loading={archiving.loading}>
                  Archive goal
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Drawer>
  );
}

/** The goal's milestones: tick off, remove, add. Each change is saved at once and reaches the other person live. */
function Milestones({ goal, onEvent, announce }: { goal: BoardGoal; onEvent: (event: BoardEvent) => void; announce: (message: string) => void }) {
  const [addMilestone, adding] = useMutation(AddMilestoneDocument);
  const [updateMilestone] = useMutation(UpdateMilestoneDocument);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add(event: React.FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError('Name the milestone.');
      return;
    }
    try {
      const { data } = await addMilestone({ variables: { input: { goalId: goal.id, title: title.trim(), dueOn: dueOn || null } } });
      const payload = data?.addMilestone;
      if (payload?.userErrors[0]) {
        setError(payload.userErrors[0].message);
        return;
      }
      if (payload?.milestone) onEvent({ type: 'milestone.added', payload: { goalId: goal.id, milestoneId: payload.milestone.id, ...payload.milestone } });
      announce(`Added the milestone “${title.trim()}”.`);
      setTitle('');
      setDueOn('');
      setError(null);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  async function change(milestoneId: string, input: { done?: boolean; remove?: boolean }, label: string) {
    const before = goal.milestones.find((milestone) => milestone.id === milestoneId);
    // Ticking off shows at once; the server's answer (and its event) confirms it.
    if (before && input.done !== undefined) onEvent({ type: 'milestone.updated', payload: { goalId: goal.id, milestoneId, title: before.title, dueOn: before.dueOn, done: input.done } });
    try {
      const { data } = await updateMilestone({ variables: { input: { milestoneId, ...input } } });
      const payload = data?.updateMilestone;
      if (payload?.userErrors[0]) throw new UserFacingError(payload.userErrors[0].message);
      if (payload?.milestone) {
        onEvent({
          type: input.remove ? 'milestone.removed' : 'milestone.updated',
          payload: { goalId: goal.id, milestoneId, title: payload.milestone.title, done: payload.milestone.done, dueOn: payload.milestone.dueOn },
        });
      }
      announce(label);
    } catch (caught) {
      if (before) onEvent({ type: 'milestone.updated', payload: { goalId: goal.id, milestoneId, title: before.title, dueOn: before.dueOn, done: before.done } });
      notifications.show({ color: 'red', title: 'Milestone not changed', message: describeError(caught) });
    }
  }

  return (
    <section aria-labelledby={`milestones-${goal.id}`} data-milestones>
      <Title order={3} size="h4" id={`milestones-${goal.id}`} mb="xs">
        Milestones
      </Title>
      {goal.milestones.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          No milestones yet. Break the goal into steps: progress follows them.
        </Text>
      ) : (
        <Stack gap={6} mb="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {goal.milestones.map((milestone) => (
            <Group key={milestone.id} component="li" justify="space-between" wrap="nowrap" gap="xs" data-milestone={milestone.title}>
              <Checkbox
                checked={milestone.done}
                onChange={(event) =>
                  void change(milestone.id, { done: event.currentTarget.checked }, `${milestone.title}: ${event.currentTarget.checked ? 'done' : 'not done'}.`)
                }
                label={
                  <span style={{ textDecoration: milestone.done ? 'line-through' : undefined }}>
                    {milestone.title}
                    {milestone.dueOn && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · due {formatDay(milestone.dueOn)}
                      </Text>
                    )}
                  </span>
                }
              />
              <ActionIcon variant="subtle" color="gray" aria-label={`Remove the milestone “${milestone.title}”`} onClick={() => void change(milestone.id, { remove: true }, `Removed “${milestone.title}”.`)}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      <form onSubmit={(event) => void add(event)} noValidate>
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label="New milestone"
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={error}
            style={{ flex: '1 1 12rem' }}
          />
          <TextInput type="date" label="Due on" value={dueOn} onChange={(event) => setDueOn(event.currentTarget.value)} style={{ flex: '0 1 10rem' }} />
          <Button type="submit" variant="default" loading={adding.loading}>
            Add milestone
          </Button>
        </Group>
      </form>
    </section>
  );
}
