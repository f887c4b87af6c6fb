import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { formatDate } from '../../domain/dates';
import { REASON_LABELS, type Insights } from '../../domain/insights';
import { SectionCard } from '../../ui/SectionCard';

/** Active mentorships that need attention, and why; the pair's own pages stay private to them. */
export function AtRiskTable({ atRisk }: { atRisk: Insights['atRisk'] }) {
  return (
    <SectionCard
      title="Mentorships at risk"
      order={3}
      description="No session for twice the agreed cadence, an overdue progress review, or a message left unread and unanswered past the agreed response time."
      data-at-risk
    >
      {atRisk.length === 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          Every active mentorship is on track.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560} mt="sm">
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Mentee</Table.Th>
                <Table.Th scope="col">Mentor</Table.Th>
                <Table.Th scope="col">Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {atRisk.map((risk) => (
                <Table.Tr key={risk.mentorshipId} data-at-risk-mentorship={`${risk.mentee.displayName} with ${risk.mentor.displayName}`}>
                  <Table.Th scope="row" fw={600}>
                    {risk.mentee.displayName}
                  </Table.Th>
                  <Table.Td>{risk.mentor.displayName}</Table.Td>
                  <Table.Td>
                    <Stack gap={6}>
                      {risk.reasons.map((reason) => (
                        <Group key={reason.kind} gap="xs" wrap="nowrap" align="flex-start">
                          <Badge variant="light" color={REASON_LABELS[reason.kind].color} style={{ flexShrink: 0 }}>
                            {REASON_LABELS[reason.kind].label}
                          </Badge>
                          <Text size="sm">
                            {reason.detail} <Text span c="dimmed" size="xs">since {formatDate(reason.since)}</Text>
                          </Text>
                        </Group>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
