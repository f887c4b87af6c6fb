import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconArrowLeft from '@tabler/icons-react/icons/IconArrowLeft';
import IconCircleCheck from '@tabler/icons-react/icons/IconCircleCheck';
import IconClock from '@tabler/icons-react/icons/IconClock';
import IconLayoutKanban from '@tabler/icons-react/icons/IconLayoutKanban';
import IconPencil from '@tabler/icons-react/icons/IconPencil';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../auth/use-viewer';
import { acknowledgementState, MENTORSHIP_STATUSES } from '../../domain/agreement';
import { formatDate } from '../../domain/dates';
import { AcknowledgeAgreementDocument, MentorshipDocument } from '../../graphql/documents';
import { describeError } from '../../graphql/errors';
import { ErrorState } from '../../ui/ErrorState';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { MentorshipNotFound } from './MentorshipNotFound';
import { SectionCard } from '../../ui/SectionCard';
import { AgreementEditor } from './AgreementEditor';
import { AgreementTerms, VersionHistory } from './AgreementHistory';
import { LifecycleActions } from './LifecycleActions';
import { LiveSessionsCard } from './LiveSessionsCard';

/** `/mentorships/:id`: the pair, the agreement and where it stands, its history, and the mentorship's lifecycle. Live. */
export function MentorshipPage() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, loading, refetch } = useQuery(MentorshipDocument, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [acknowledge, acknowledging] = useMutation(AcknowledgeAgreementDocument, { refetchQueries: ['Mentorship', 'Mentorships'], awaitRefetchQueries: true });
  const stateRef = useRef<HTMLDivElement>(null);

  if (!data || !viewer) {
    return error ? (
      <ErrorState error={error} title="This mentorship could not be loaded" onRetry={() => void refetch().catch(() => {})} retrying={loading} />
    ) : (
      <PageSkeleton label="Loading the mentorship…" />
    );
  }
  const mentorship = data.node?.__typename === 'Mentorship' ? data.node : null;
  if (!mentorship) {
    return <MentorshipNotFound />;
  }
  const asMentor = mentorship.mentor.id === viewer.id;
  const other = asMentor ? mentorship.mentee : mentorship.mentor;
  const status = MENTORSHIP_STATUSES[mentorship.status];
  const latest = mentorship.latestAgreement;
  const state = acknowledgementState(mentorship, latest, viewer.id);
  const open = mentorship.status !== 'COMPLETED' && mentorship.status !== 'CANCELLED';

  async function acknowledgeLatest() {
    if (!latest) return;
    try {
      const { data: result } = await acknowledge({ variables: { input: { mentorshipId: mentorship!.id, version: latest.version } } });
      const problem = result?.acknowledgeAgreement.userErrors[0];
      if (problem) {
        await refetch().catch(() => {});
        notifications.show({ color: 'red', title: 'Not acknowledged', message: problem.code === 'STALE_VERSION' ? 'A newer version was proposed: read it first.' : problem.message });
      } else {
        notifications.show({ color: 'spruce', message: `You acknowledged version ${latest.version}.` });
      }
      stateRef.current?.focus();
    } catch (caught) {
      notifications.show({ color: 'red', title: 'Not acknowledged', message: describeError(caught) });
    }
  }

  return (
    <Page size="md">
      <Anchor component={Link} to="/mentorships" size="sm" mb="md" display="inline-block">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden /> All mentorships
        </Group>
      </Anchor>
      <PageHeader
        eyebrow={asMentor ? 'You mentor' : 'Your mentor'}
        title={other.displayName}
        description={
          mentorship.startedAt
            ? `Under way since ${formatDate(mentorship.startedAt)}.`
            : `Matched on ${formatDate(mentorship.createdAt)}. It becomes active once you both acknowledge the same agreement.`
        }
        actions={
          <Badge size="xl" color={status.color} variant="light" data-mentorship-status={mentorship.status}>
            {status.label}
          </Badge>
        }
      />
      <Stack gap="lg">
        {mentorship.endReason && (
          <Alert color="gray" variant="light" title={mentorship.status === 'CANCELLED' ? 'Why it was cancelled' : 'Why it ended'}>
            {mentorship.endReason}
          </Alert>
        )}
        <SectionCard
          title="Agreement"
          description="What you expect of each other. Either of you can propose a change; it takes effect once you both acknowledge it."
          aside={latest && <Badge variant="light" color="gray">Version {latest.version}</Badge>}
        >
          <div ref={stateRef} tabIndex={-1} style={{ outline: 'none' }}>
            <Alert
              variant="light"
              color={state.kind === 'in-effect' ? 'spruce' : state.kind === 'waiting-for-you' ? 'orange' : 'blue'}
              icon={state.kind === 'in-effect' ? <IconCircleCheck size={20} aria-hidden /> : <IconClock size={20} aria-hidden />}
              role="status"
              data-acknowledgement={state.kind}
            >
              <Text size="sm" fw={600}>
                {state.kind === 'none' ? 'No agreement yet: propose the first version below.' : state.text}
              </Text>
              {latest?.note && state.kind !== 'in-effect' && (
                <Text size="sm" mt={4}>
                  {latest.proposedBy.displayName}’s note: “{latest.note}”
                </Text>
              )}
              {state.kind === 'waiting-for-you' && open && (
                <Group mt="sm" gap="sm">
                  <Button size="sm" onClick={() => void acknowledgeLatest()} loading={acknowledging.loading}>
                    Acknowledge version {latest!.version}
                  </Button>
                  <Button size="sm" variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                    Propose changes
                  </Button>
                </Group>
              )}
            </Alert>
          </div>
          {latest && !editing && <AgreementTerms version={latest} changedFrom={latest.version > 1} />}
          {open && (editing || !latest) ? (
            <AgreementEditor
              key={latest?.version ?? 0}
              mentorshipId={mentorship.id}
              basedOn={latest ? { version: latest.version, terms: latest.terms } : null}
              onStale={async () => {
                await refetch().catch(() => {});
              }}
              onProposed={(version) => {
                setEditing(false);
                notifications.show({ color: 'spruce', message: `Version ${version} proposed. ${other.displayName} is asked to acknowledge it.` });
                stateRef.current?.focus();
              }}
              onCancel={latest ? () => setEditing(false) : undefined}
            />
          ) : (
            open &&
            state.kind !== 'waiting-for-you' && (
              <Group>
                <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                  Propose changes
                </Button>
              </Group>
            )
          )}
        </SectionCard>
        {mentorship.agreementVersions.nodes.length > 0 && (
          <SectionCard title="Version history" description="Every proposed version, newest first, with what changed.">
            <VersionHistory versions={mentorship.agreementVersions.nodes} mentorship={mentorship} />
          </SectionCard>
        )}
        <LiveSessionsCard mentorshipId={mentorship.id} open={open} />
        {open && (
          <SectionCard title="Goals and progress" description="Your shared goal board with milestones, updated live for both of you, and your progress reviews." data-goal-board-link>
            <Group>
              <Button component={Link} to={`/mentorships/${mentorship.id}/board`} variant="light" leftSection={<IconLayoutKanban size={16} aria-hidden />}>
                Open the goal board
              </Button>
              <Button component={Link} to={`/mentorships/${mentorship.id}/reviews`} variant="default">
                Progress reviews
              </Button>
              <Button component={Link} to={`/mentorships/${mentorship.id}/resources`} variant="default">
                Resources
              </Button>
              <Button component={Link} to="/journal" variant="default">
                Journal
              </Button>
            </Group>
          </SectionCard>
        )}
        {open && <LifecycleActions mentorshipId={mentorship.id} status={mentorship.status} otherName={other.displayName} />}
      </Stack>
    </Page>
  );
}
