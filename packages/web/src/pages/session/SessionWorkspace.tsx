import { Tabs } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import IconLayoutKanban from '@tabler/icons-react/icons/IconLayoutKanban';
import IconMessages from '@tabler/icons-react/icons/IconMessages';
import { useState, type ReactNode } from 'react';
import classes from './SessionWorkspace.module.css';

/** Wide enough for the chat and the board's lanes side by side. */
const SIDE_BY_SIDE = '(min-width: 75em)';

/**
 * The live room's working area. On wide screens the chat sits beside the goal
 * board (the notes and action items under the board) and stays in view while
 * the rest scrolls; on narrower ones, tabs switch between the chat (with notes
 * and action items) and the board. The three parts keep their place in the
 * tree whatever the width, so resizing never remounts them (an open goal, a
 * draft message and the live streams all stay).
 */
export function SessionWorkspace({ chat, board, side }: { chat: ReactNode; board: ReactNode; side: ReactNode }) {
  const wide = useMediaQuery(SIDE_BY_SIDE, undefined, { getInitialValueInEffect: false });
  const [tab, setTab] = useState<string | null>('chat');
  // Side by side there are no tabs: the panels are plain regions.
  const panel = wide ? { role: 'presentation', 'aria-labelledby': undefined } : {};
  return (
    <Tabs id="session-room" value={tab} onChange={setTab} keepMounted keepMountedMode="display-none" data-session-layout={wide ? 'side-by-side' : 'tabs'}>
      {!wide && (
        <Tabs.List grow mb="md">
          <Tabs.Tab value="chat" leftSection={<IconMessages size={16} aria-hidden />}>
            Chat and notes
          </Tabs.Tab>
          <Tabs.Tab value="board" leftSection={<IconLayoutKanban size={16} aria-hidden />}>
            Goal board
          </Tabs.Tab>
        </Tabs.List>
      )}
      <div className={wide ? classes.split : classes.stacked}>
        <Tabs.Panel value="chat" className={classes.chat} {...panel}>
          {chat}
        </Tabs.Panel>
        <Tabs.Panel value="board" className={classes.board} {...panel}>
          {board}
        </Tabs.Panel>
        <div className={classes.side} hidden={!wide && tab !== 'chat'}>
          {side}
        </div>
      </div>
    </Tabs>
  );
}
