import { Group, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { Logo } from './Logo';
import classes from './Wordmark.module.css';

/** The logo and name; a link home. */
export function Wordmark() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="Mentorspace home" className={classes.link}>
      <Group gap={10} wrap="nowrap">
        <Logo size={30} />
        <span className={classes.name}>
          Mentor<span className={classes.accent}>space</span>
        </span>
      </Group>
    </UnstyledButton>
  );
}
