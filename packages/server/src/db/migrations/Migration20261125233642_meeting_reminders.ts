import { Migration } from '@mikro-orm/migrations';

export class Migration20261125233642_meeting_reminders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "meeting_reminders" ("uuid" uuid not null, "meeting_uuid" uuid not null, "occurrence_start" timestamptz not null, "user_uuid" uuid not null, "sent_at" timestamptz not null, constraint "meeting_reminders_pkey" primary key ("uuid"));`);
    this.addSql(`alter table "meeting_reminders" add constraint "meeting_reminders_meeting_uuid_occurrence_start_u_f917e_unique" unique ("meeting_uuid", "occurrence_start", "user_uuid");`);

    this.addSql(`alter table "meeting_reminders" add constraint "meeting_reminders_meeting_uuid_foreign" foreign key ("meeting_uuid") references "meetings" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "meeting_reminders" add constraint "meeting_reminders_user_uuid_foreign" foreign key ("user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meeting_reminders" cascade;`);
  }

}
