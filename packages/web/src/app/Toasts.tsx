import { Notifications } from '@mantine/notifications';
import classes from './App.module.css';

/**
 * The toasts' container, loaded after the first paint (App renders it lazily):
 * its transitions and drag-to-dismiss are not needed to show the page. Toasts
 * shown meanwhile wait in the notifications store and appear once it is here.
 * (A module of our own, because a dynamic import of '@mantine/notifications'
 * itself would be folded into the entry, which imports the store statically.)
 */
export function Toasts() {
  return <Notifications position="top-right" zIndex={1000} className={classes.notifications} />;
}
