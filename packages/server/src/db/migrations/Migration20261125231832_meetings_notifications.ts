import { Migration } from '@mikro-orm/migrations';

export class Migration20261125231832_meetings_notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "meetings" ("uuid" uuid not null, "mentorship_uuid" uuid not null, "title" text not null, "agenda" jsonb not null, "video_link" text null, "local_start" text not null, "time_zone" text not null, "duration_minutes" int not null, "recurrence" text null, "overrides" jsonb not null, "records" jsonb not null, "cancelled_at" timestamptz null, "created_at" timestamptz not null, constraint "meetings_pkey" primary key ("uuid"));`);
    this.addSql(`create index "meetings_mentorship_uuid_index" on "meetings" ("mentorship_uuid");`);

    this.addSql(`alter table "meetings" add constraint "meetings_mentorship_uuid_foreign" foreign key ("mentorship_uuid") references "mentorships" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "users" add column "notifications_read_seq" int not null default 0, add column "calendar_feed_hash" text null;`);
    this.addSql(`alter table "users" add constraint "users_calendar_feed_hash_unique" unique ("calendar_feed_hash");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meetings" cascade;`);

    this.addSql(`alter table "users" drop constraint "users_calendar_feed_hash_unique";`);
    this.addSql(`alter table "users" drop column "notifications_read_seq", drop column "calendar_feed_hash";`);
  }

}
