import { Button, Group, List, Paper, Text } from '@mantine/core';
import IconVideo from '@tabler/icons-react/icons/IconVideo';

/** For a scheduled meeting's room: the agenda the two agreed on, and the video call. */
export function MeetingBrief({ meeting }: { meeting: { agenda: string[]; videoLink?: string | null } | null | undefined }) {
  if (!meeting || (!meeting.agenda.length && !meeting.videoLink)) return null;
  return (
    <Paper withBorder radius="md" p="sm" mb="md" data-meeting-brief>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        {meeting.agenda.length > 0 ? (
          <div>
            <Text size="sm" fw={600} id="meeting-agenda">
              Agenda
            </Text>
            <List size="sm" aria-labelledby="meeting-agenda">
              {meeting.agenda.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </div>
        ) : (
          <span />
        )}
        {meeting.videoLink && (
          <Button component="a" href={meeting.videoLink} target="_blank" rel="noreferrer" variant="light" size="sm" leftSection={<IconVideo size={16} aria-hidden />}>
            Video call
          </Button>
        )}
      </Group>
    </Paper>
  );
}
