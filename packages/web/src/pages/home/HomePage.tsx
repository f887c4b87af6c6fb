import { Button, Card, Container, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import IconArrowRight from '@tabler/icons-react/icons/IconArrowRight';
import IconLayoutKanban from '@tabler/icons-react/icons/IconLayoutKanban';
import IconMessages from '@tabler/icons-react/icons/IconMessages';
import IconUsers from '@tabler/icons-react/icons/IconUsers';
import type { ComponentType } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle, usePageFocus } from '../../ui/use-page-focus';
import { HeroArt } from './HeroArt';
import classes from './HomePage.module.css';
import { ServerInfoCard } from './ServerInfoCard';

interface Feature {
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
  title: string;
  text: string;
}

const FEATURES: Feature[] = [
  {
    icon: IconUsers,
    title: 'Mentors and mentees',
    text: 'Find someone who has walked the path before you, or someone you can help along it. Agree on expectations before you begin.',
  },
  {
    icon: IconMessages,
    title: 'Live sessions',
    text: 'Meet in real time: chat, see who is in the room, and pick up where you left off, even after a dropped connection.',
  },
  {
    icon: IconLayoutKanban,
    title: 'Shared goal boards',
    text: 'Plan goals and milestones together on one board that updates for both of you, then look back on how far you came.',
  },
];

/** The first screen for visitors: what Mentorspace is, the way in, and whether this server answers. */
export function HomePage() {
  useDocumentTitle(undefined);
  const titleRef = usePageFocus<HTMLHeadingElement>();
  return (
    <Container size="lg" pb={64}>
      <Stack gap="xl">
        <Group component="section" className={classes.hero} aria-labelledby="home-title" wrap="nowrap" align="center" gap={48}>
          <Stack gap="md" className={classes.heroText}>
            <Text size="sm" fw={700} tt="uppercase" c="var(--mantine-color-anchor)" className={classes.eyebrow}>
              Open-source mentorship
            </Text>
            <Title id="home-title" order={1} className={classes.title} ref={titleRef} tabIndex={-1}>
              Grow together, one session at a time.
            </Title>
            <Text size="lg" c="dimmed" className={classes.lead}>
              Mentorspace brings mentors and mentees together. Find each other, agree on what you both expect, then meet in
              live sessions to talk things through and work on a shared goal board, and give each other feedback as you go.
            </Text>
            <Group gap="sm" mt="sm">
              <Button component={Link} to="/sign-up" size="md" rightSection={<IconArrowRight size={18} aria-hidden />}>
                Create your account
              </Button>
              <Button component={Link} to="/sign-in" size="md" variant="default">
                Sign in
              </Button>
            </Group>
          </Stack>
          <HeroArt className={classes.heroArt} />
        </Group>

        <SimpleGrid component="section" aria-label="What you can do" cols={{ base: 1, sm: 3 }} spacing="lg">
          {FEATURES.map(({ icon: Icon, title, text }) => (
            <Card key={title} withBorder padding="lg" className={classes.feature}>
              <ThemeIcon size={44} radius="md" variant="light">
                <Icon size={24} stroke={1.75} aria-hidden />
              </ThemeIcon>
              <Title order={2} size="h4" mt="md" mb={6}>
                {title}
              </Title>
              <Text size="sm" c="dimmed" lh={1.6}>
                {text}
              </Text>
            </Card>
          ))}
        </SimpleGrid>

        <ServerInfoCard />
      </Stack>
    </Container>
  );
}
