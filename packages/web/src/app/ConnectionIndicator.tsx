import { Badge } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useConnectionState } from '../apollo';
import { CONNECTION_COLORS, CONNECTION_LABELS } from './connection-copy';
import classes from './ConnectionIndicator.module.css';

/**
 * The live connection's state in the header. A polite live region, so screen
 * readers hear each change without losing their place; `data-connection-state`
 * carries the machine-readable state for tests and styling.
 */
export function ConnectionIndicator() {
  const state = useConnectionState();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-connection-state={state}>
      <Badge
        variant="dot"
        size="lg"
        tt="none"
        color={CONNECTION_COLORS[state]}
        className={classes.badge}
        // Mantine's dot is the filled shade, too dark on the dark badge: a lighter one there.
        style={{ '--badge-dot-color': dotColor(CONNECTION_COLORS[state]) } as CSSProperties}
        mod={{ pulse: state === 'connecting' || state === 'reconnecting' }}
      >
        {CONNECTION_LABELS[state]}
      </Badge>
    </div>
  );
}

function dotColor(color: string): string {
  return `light-dark(var(--mantine-color-${color}-7), var(--mantine-color-${color}-4))`;
}
