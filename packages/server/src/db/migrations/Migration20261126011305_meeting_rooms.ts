import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011305_meeting_rooms extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "live_sessions" add column "meeting_uuid" uuid null, add column "occurrence_start" timestamptz null;`);
    this.addSql(`alter table "live_sessions" add constraint "live_sessions_meeting_uuid_foreign" foreign key ("meeting_uuid") references "meetings" ("uuid") on update cascade on delete set null;`);
    this.addSql(`alter table "live_sessions" add constraint "live_sessions_meeting_uuid_occurrence_start_unique" unique ("meeting_uuid", "occurrence_start");`);

    this.addSql(`alter table "live_session_read_markers" add column "away_noticed_seq" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "live_sessions" drop constraint "live_sessions_meeting_uuid_foreign";`);

    this.addSql(`alter table "live_session_read_markers" drop column "away_noticed_seq";`);

    this.addSql(`alter table "live_sessions" drop constraint "live_sessions_meeting_uuid_occurrence_start_unique";`);
    this.addSql(`alter table "live_sessions" drop column "meeting_uuid", drop column "occurrence_start";`);
  }

}
