import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000000_stream_log } from './Migration20261125000000_stream_log.js';
import { Migration20261125223743_accounts_profiles } from './Migration20261125223743_accounts_profiles.js';
import { Migration20261125225310_mentorships } from './Migration20261125225310_mentorships.js';
import { Migration20261125225917_search_matching } from './Migration20261125225917_search_matching.js';
import { Migration20261125230445_programs } from './Migration20261125230445_programs.js';
import { Migration20261125231236_live_sessions } from './Migration20261125231236_live_sessions.js';
import { Migration20261125231832_meetings_notifications } from './Migration20261125231832_meetings_notifications.js';
import { Migration20261125232718_goal_boards } from './Migration20261125232718_goal_boards.js';
import { Migration20261125233230_growth } from './Migration20261125233230_growth.js';
import { Migration20261125233642_meeting_reminders } from './Migration20261125233642_meeting_reminders.js';
import { Migration20261126011305_meeting_rooms } from './Migration20261126011305_meeting_rooms.js';
import { Migration20261126011500_milestones_from_action_items } from './Migration20261126011500_milestones_from_action_items.js';
import { Migration20261126011514_nudges_away } from './Migration20261126011514_nudges_away.js';
import { Migration20261126011644_program_resources } from './Migration20261126011644_program_resources.js';
import { Migration20261126011842_webhooks } from './Migration20261126011842_webhooks.js';
import { Migration20261126170000_stream_events_key } from './Migration20261126170000_stream_events_key.js';

/**
 * Every migration, in order. Listed here rather than found on disk so that
 * src/ (tests, scripts) and dist/ (production) run the very same set.
 * `pnpm db:migration:create` writes a new file from the entities; add it here.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125000000_stream_log', class: Migration20261125000000_stream_log },
  { name: 'Migration20261125223743_accounts_profiles', class: Migration20261125223743_accounts_profiles },
  { name: 'Migration20261125225310_mentorships', class: Migration20261125225310_mentorships },
  { name: 'Migration20261125225917_search_matching', class: Migration20261125225917_search_matching },
  { name: 'Migration20261125230445_programs', class: Migration20261125230445_programs },
  { name: 'Migration20261125231236_live_sessions', class: Migration20261125231236_live_sessions },
  { name: 'Migration20261125231832_meetings_notifications', class: Migration20261125231832_meetings_notifications },
  { name: 'Migration20261125232718_goal_boards', class: Migration20261125232718_goal_boards },
  { name: 'Migration20261125233230_growth', class: Migration20261125233230_growth },
  { name: 'Migration20261125233642_meeting_reminders', class: Migration20261125233642_meeting_reminders },
  { name: 'Migration20261126011305_meeting_rooms', class: Migration20261126011305_meeting_rooms },
  { name: 'Migration20261126011500_milestones_from_action_items', class: Migration20261126011500_milestones_from_action_items },
  { name: 'Migration20261126011514_nudges_away', class: Migration20261126011514_nudges_away },
  { name: 'Migration20261126011644_program_resources', class: Migration20261126011644_program_resources },
  { name: 'Migration20261126011842_webhooks', class: Migration20261126011842_webhooks },
  { name: 'Migration20261126170000_stream_events_key', class: Migration20261126170000_stream_events_key },
];
