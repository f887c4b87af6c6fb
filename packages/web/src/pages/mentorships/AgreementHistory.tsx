import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { describeChange, formatTerm, TERM_FIELDS, TERM_LABELS } from '../../domain/agreement';
import { formatDateTime, relativeTime } from '../../domain/dates';
import type { AgreementVersionFieldsFragment } from '../../graphql/documents';
import classes from './Mentorships.module.css';

/** A version's terms, as a definition list. */
export function AgreementTerms({ version }: { version: AgreementVersionFieldsFragment; changedFrom?: boolean }) {
  const changed = new Set(version.version > 1 ? version.changes.map((change) => change.field) : []);
  return (
    <dl className={classes.terms} data-agreement-terms>
      {TERM_FIELDS.map((field) => (
        <div key={field} style={{ display: 'contents' }}>
          <Text component="dt" size="sm" c="dimmed">
            {TERM_LABELS[field]}
          </Text>
          <Text component="dd" size="sm" m={0} fw={changed.has(field) ? 700 : undefined}>
            {formatTerm(field, version.terms[field])}
            {changed.has(field) && (
              <Badge size="xs" ml={6} variant="light" color="orange">
                changed
              </Badge>
            )}
          </Text>
        </div>
      ))}
    </dl>
  );
}

/** Every version, newest first: who proposed it, who acknowledged it, and a readable diff from the one before. */
export function VersionHistory({
  versions,
  mentorship,
}: {
  versions: readonly AgreementVersionFieldsFragment[];
  mentorship: { mentor: { id: string }; mentee: { id: string }; agreement?: { version: number } | null };
}) {
  return (
    <Stack gap="lg" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Agreement versions" data-version-history>
      {versions.map((version) => {
        const acknowledged = new Set(version.acknowledgedBy.map((person) => person.id));
        const both = acknowledged.has(mentorship.mentor.id) && acknowledged.has(mentorship.mentee.id);
        return (
          <li key={version.id} data-version={version.version}>
            <Group gap="xs" mb={4}>
              <Text fw={700}>Version {version.version}</Text>
              {mentorship.agreement?.version === version.version && (
                <Badge size="sm" color="spruce" variant="light">
                  In effect
                </Badge>
              )}
              {!both && (
                <Badge size="sm" color="gray" variant="outline">
                  Not acknowledged by both
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed" mb="xs">
              Proposed by {version.proposedBy.displayName}{' '}
              <time dateTime={version.createdAt} title={formatDateTime(version.createdAt)}>
                {relativeTime(version.createdAt)}
              </time>
              {' · '}acknowledged by {version.acknowledgedBy.map((person) => person.displayName).join(' and ') || 'nobody yet'}
            </Text>
            {version.note && (
              <Text size="sm" mb="xs">
                “{version.note}”
              </Text>
            )}
            {version.version === 1 ? (
              <Text size="sm" c="dimmed">
                The first version.
              </Text>
            ) : version.changes.length === 0 ? (
              <Text size="sm" c="dimmed">
                No terms changed.
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={420}>
                <Table withTableBorder verticalSpacing="xs" fz="sm" aria-label={`Changes in version ${version.version}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Term</Table.Th>
                      <Table.Th>Before</Table.Th>
                      <Table.Th>After</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {version.changes.map((change) => {
                      const described = describeChange(change);
                      return (
                        <Table.Tr key={change.field} data-change={change.field}>
                          <Table.Td fw={600}>{described.label}</Table.Td>
                          <Table.Td>
                            <Text size="sm" td={described.before ? 'line-through' : undefined} c="dimmed">
                              {described.removed.length ? described.removed.join('; ') : (described.before ?? '—')}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{described.added.length ? described.added.join('; ') : described.after}</Text>
                            {(described.added.length > 0 || described.removed.length > 0) && (
                              <Text size="xs" c="dimmed">
                                Now: {described.after}
                              </Text>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </li>
        );
      })}
    </Stack>
  );
}
