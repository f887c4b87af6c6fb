import { Migration } from '@mikro-orm/migrations';

export class Migration20261125231236_live_sessions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "live_sessions" ("uuid" uuid not null, "mentorship_uuid" uuid not null, "title" text not null, "notes" text not null default '', "notes_version" int not null default 0, "notes_updated_at" timestamptz null, "created_at" timestamptz not null, constraint "live_sessions_pkey" primary key ("uuid"));`);
    this.addSql(`create index "live_sessions_mentorship_uuid_index" on "live_sessions" ("mentorship_uuid");`);

    this.addSql(`create table "live_session_read_markers" ("uuid" uuid not null, "session_uuid" uuid not null, "user_uuid" uuid not null, "last_read_seq" int not null, constraint "live_session_read_markers_pkey" primary key ("uuid"));`);
    this.addSql(`alter table "live_session_read_markers" add constraint "live_session_read_markers_session_uuid_user_uuid_unique" unique ("session_uuid", "user_uuid");`);

    this.addSql(`create table "messages" ("uuid" uuid not null, "session_uuid" uuid not null, "author_uuid" uuid null, "body" text null, "reply_to_uuid" uuid null, "client_mutation_id" text not null, "seq" int not null, "created_at" timestamptz not null, "edited_at" timestamptz null, "deleted_at" timestamptz null, constraint "messages_pkey" primary key ("uuid"));`);
    this.addSql(`create index "messages_session_uuid_seq_index" on "messages" ("session_uuid", "seq");`);
    this.addSql(`alter table "messages" add constraint "messages_author_uuid_client_mutation_id_unique" unique ("author_uuid", "client_mutation_id");`);

    this.addSql(`create table "message_reactions" ("uuid" uuid not null, "message_uuid" uuid not null, "user_uuid" uuid not null, "emoji" text not null, constraint "message_reactions_pkey" primary key ("uuid"));`);
    this.addSql(`alter table "message_reactions" add constraint "message_reactions_message_uuid_user_uuid_emoji_unique" unique ("message_uuid", "user_uuid", "emoji");`);

    this.addSql(`create table "action_items" ("uuid" uuid not null, "session_uuid" uuid not null, "title" text not null, "assignee_uuid" uuid null, "due_on" date null, "done" boolean not null default false, "created_at" timestamptz not null, constraint "action_items_pkey" primary key ("uuid"));`);
    this.addSql(`create index "action_items_session_uuid_index" on "action_items" ("session_uuid");`);

    this.addSql(`alter table "live_sessions" add constraint "live_sessions_mentorship_uuid_foreign" foreign key ("mentorship_uuid") references "mentorships" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "live_session_read_markers" add constraint "live_session_read_markers_session_uuid_foreign" foreign key ("session_uuid") references "live_sessions" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "live_session_read_markers" add constraint "live_session_read_markers_user_uuid_foreign" foreign key ("user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "messages" add constraint "messages_session_uuid_foreign" foreign key ("session_uuid") references "live_sessions" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "messages" add constraint "messages_author_uuid_foreign" foreign key ("author_uuid") references "users" ("uuid") on update cascade on delete set null;`);

    this.addSql(`alter table "message_reactions" add constraint "message_reactions_message_uuid_foreign" foreign key ("message_uuid") references "messages" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "message_reactions" add constraint "message_reactions_user_uuid_foreign" foreign key ("user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "action_items" add constraint "action_items_session_uuid_foreign" foreign key ("session_uuid") references "live_sessions" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "action_items" add constraint "action_items_assignee_uuid_foreign" foreign key ("assignee_uuid") references "users" ("uuid") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "live_session_read_markers" drop constraint "live_session_read_markers_session_uuid_foreign";`);

    this.addSql(`alter table "messages" drop constraint "messages_session_uuid_foreign";`);

    this.addSql(`alter table "action_items" drop constraint "action_items_session_uuid_foreign";`);

    this.addSql(`alter table "message_reactions" drop constraint "message_reactions_message_uuid_foreign";`);

    this.addSql(`drop table if exists "live_sessions" cascade;`);

    this.addSql(`drop table if exists "live_session_read_markers" cascade;`);

    this.addSql(`drop table if exists "messages" cascade;`);

    this.addSql(`drop table if exists "message_reactions" cascade;`);

    this.addSql(`drop table if exists "action_items" cascade;`);
  }

}
