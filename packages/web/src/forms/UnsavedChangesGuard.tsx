import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmModal } from '../ui/ConfirmModal';

/**
 * Asks before leaving an editor with unsaved changes: in the app (a dialog)
 * and when closing or reloading the tab (the browser's own prompt).
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  return (
    <ConfirmModal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      onConfirm={() => blocker.proceed?.()}
      title="Leave without saving?"
      confirmLabel="Leave and discard"
      danger
    >
      You have changes that are not saved yet. If you leave now, they are lost.
    </ConfirmModal>
  );
}
