import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011514_nudges_away extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "nudges_sent" ("uuid" uuid not null, "kind" text not null, "subject_uuid" uuid not null, "recipient_uuid" uuid not null, "period_key" text not null, "sent_at" timestamptz not null, constraint "nudges_sent_pkey" primary key ("uuid"));`);
    this.addSql(`alter table "nudges_sent" add constraint "nudges_sent_kind_subject_uuid_recipient_uuid_period_key_unique" unique ("kind", "subject_uuid", "recipient_uuid", "period_key");`);

    this.addSql(`create table "nudge_preferences" ("uuid" uuid not null, "user_uuid" uuid not null, "muted_kinds" text[] not null, "email" boolean not null default false, "updated_at" timestamptz not null, constraint "nudge_preferences_pkey" primary key ("uuid"));`);
    this.addSql(`alter table "nudge_preferences" add constraint "nudge_preferences_user_uuid_unique" unique ("user_uuid");`);

    this.addSql(`alter table "nudges_sent" add constraint "nudges_sent_recipient_uuid_foreign" foreign key ("recipient_uuid") references "users" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "nudge_preferences" add constraint "nudge_preferences_user_uuid_foreign" foreign key ("user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "mentor_profiles" add column "away_since" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "nudges_sent" cascade;`);

    this.addSql(`drop table if exists "nudge_preferences" cascade;`);

    this.addSql(`alter table "mentor_profiles" drop column "away_since";`);
  }

}
