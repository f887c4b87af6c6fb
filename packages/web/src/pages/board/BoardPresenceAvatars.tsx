import { Avatar, Group, Indicator, Text, Tooltip } from '@mantine/core';
import { initials } from '../../app/initials';
import type { BoardPresenceEntry } from '../../domain/board-presence';

/** Who else has the board open right now (live presence), as avatars with a green dot. */
export function BoardPresenceAvatars({ others }: { others: readonly BoardPresenceEntry[] }) {
  if (others.length === 0) return null;
  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label="Also on the board" data-board-presence-list>
      {others.map((person) => {
        const label = person.editing ? `${person.displayName} is on the board, editing a goal` : `${person.displayName} is on the board`;
        return (
          <Tooltip key={person.userId} label={label}>
            <Group gap={6} wrap="nowrap" tabIndex={0} aria-label={label} data-board-presence={person.displayName}>
              <Indicator color="green" size={10} offset={3} position="bottom-end" withBorder>
                <Avatar radius="xl" color="spruce" size="md" aria-hidden>
                  {initials(person.displayName)}
                </Avatar>
              </Indicator>
              <Text size="sm" c="dimmed" visibleFrom="sm" aria-hidden>
                here now
              </Text>
            </Group>
          </Tooltip>
        );
      })}
    </Group>
  );
}
