import { Button } from '@mantine/core';
import { Link } from 'react-router';
import classes from './Nav.module.css';

/** Signed out: the way in. "Create account" waits for wider screens; the home page offers it too. */
export function GuestActions() {
  return (
    <>
      <Button component={Link} to="/sign-in" variant="subtle" size="sm">
        Sign in
      </Button>
      <Button component={Link} to="/sign-up" size="sm" className={classes.wideFromXs}>
        Create account
      </Button>
    </>
  );
}
