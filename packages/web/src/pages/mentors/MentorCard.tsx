import { Anchor, Badge, Button, Card, Collapse, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import IconChevronDown from '@tabler/icons-react/icons/IconChevronDown';
import IconSend from '@tabler/icons-react/icons/IconSend';
import { useId } from 'react';
import { Link } from 'react-router';
import { languageName } from '../../domain/languages';
import { fitLabel, percent } from '../../domain/matching';
import { FORMATS, labelOf } from '../../domain/mentoring-options';
import type { MatchPartFieldsFragment, MentorCardFieldsFragment } from '../../graphql/documents';
import { MatchBreakdown } from './MatchBreakdown';
import classes from './Mentors.module.css';

export interface MentorCardProps {
  mentor: MentorCardFieldsFragment;
  /** A recommendation: the score and its parts. */
  match?: { score: number; parts: readonly MatchPartFieldsFragment[] };
  /** Opens the request composer; absent for people who cannot send requests. */
  onRequest?: (mentor: MentorCardFieldsFragment) => void;
}

/** A mentor in a list: who they are, what they offer, and (for a recommendation) why they fit. */
export function MentorCard({ mentor, match, onRequest }: MentorCardProps) {
  const titleId = useId();
  const breakdownId = useId();
  const [open, { toggle }] = useDisclosure(true);
  const name = mentor.user.displayName;
  return (
    <Card withBorder padding="lg" radius="md" component="article" aria-labelledby={titleId} className={classes.card} data-mentor-card={name}>
      <Stack gap="sm" className={classes.cardBody}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div style={{ minWidth: 0 }}>
            <Text fw={700} size="lg" id={titleId} component="h3" m={0}>
              <Anchor component={Link} to={`/mentors/${encodeURIComponent(mentor.user.id)}`} className={classes.nameLink}>
                {name}
              </Anchor>
            </Text>
            <Text size="sm" c="dimmed" lineClamp={2}>
              {mentor.headline || 'No headline yet.'}
            </Text>
          </div>
          {match && (
            <div className={classes.score} data-match-score={Math.round(match.score * 100)}>
              <div className={classes.scoreValue}>{percent(match.score)}</div>
              <Text size="xs" c="dimmed">
                {fitLabel(match.score)}
              </Text>
            </div>
          )}
        </Group>
        {(mentor.expertise.length > 0 || mentor.skills.length > 0) && (
          <Group gap={6}>
            {[...mentor.expertise, ...mentor.skills.map((skill) => skill.name)].slice(0, 6).map((topic) => (
              <Badge key={topic} variant="light" color="gray" radius="sm" tt="none" fw={600}>
                {topic}
              </Badge>
            ))}
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {[
            mentor.languages.map((code) => languageName(code)).join(', '),
            mentor.formats.map((format) => labelOf(FORMATS, format)).join(', '),
            mentor.yearsOfExperience ? `${mentor.yearsOfExperience} years’ experience` : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {!mentor.acceptingRequests && (
          <Badge color="gray" variant="outline" w="fit-content">
            Not taking requests
          </Badge>
        )}
        {match && (
          <div>
            <UnstyledButton onClick={toggle} aria-expanded={open} aria-controls={breakdownId}>
              <Group gap={4}>
                <Text size="sm" fw={700} c="var(--mantine-color-anchor)">
                  Why {name.split(' ')[0]} fits
                </Text>
                <IconChevronDown size={16} aria-hidden style={{ transform: open ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }} />
              </Group>
            </UnstyledButton>
            <Collapse expanded={open} id={breakdownId}>
              <div style={{ paddingTop: 'var(--mantine-spacing-sm)' }}>
                <MatchBreakdown parts={match.parts} label={`Why ${name} fits, part by part`} />
              </div>
            </Collapse>
          </div>
        )}
      </Stack>
      {onRequest && mentor.acceptingRequests && (
        <Group mt="md">
          <Button leftSection={<IconSend size={16} aria-hidden />} onClick={() => onRequest(mentor)} aria-label={`Ask ${name} to mentor you`}>
            Ask to be mentored
          </Button>
        </Group>
      )}
    </Card>
  );
}
