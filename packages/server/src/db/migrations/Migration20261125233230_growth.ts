import { Migration } from '@mikro-orm/migrations';

export class Migration20261125233230_growth extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "resources" ("uuid" uuid not null, "added_by_uuid" uuid null, "mentorship_uuid" uuid not null, "title" text not null, "url" text null, "kind" text check ("kind" in ('BOOK', 'ARTICLE', 'COURSE', 'WORKSHOP', 'FORUM', 'VIDEO', 'OTHER')) not null, "tags" jsonb not null, "note" text not null default '', "goal_ids" jsonb not null, "recommended" boolean not null default false, "created_at" timestamptz not null, constraint "resources_pkey" primary key ("uuid"));`);
    this.addSql(`create index "resources_mentorship_uuid_index" on "resources" ("mentorship_uuid");`);

    this.addSql(`create table "reflections" ("uuid" uuid not null, "author_uuid" uuid not null, "mentorship_uuid" uuid null, "goal_ids" jsonb not null, "session_id" text null, "prompt" text not null default '', "body" text not null, "shared" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "reflections_pkey" primary key ("uuid"));`);
    this.addSql(`create index "reflections_author_uuid_index" on "reflections" ("author_uuid");`);
    this.addSql(`create index "reflections_mentorship_uuid_index" on "reflections" ("mentorship_uuid");`);

    this.addSql(`create table "progress_reviews" ("uuid" uuid not null, "mentorship_uuid" uuid not null, "written_by_uuid" uuid null, "snapshot" jsonb not null, "average_progress" real not null, "went_well" text not null, "to_change" text not null, "next_steps" text not null, "ratings" jsonb not null, "created_at" timestamptz not null, constraint "progress_reviews_pkey" primary key ("uuid"));`);
    this.addSql(`create index "progress_reviews_mentorship_uuid_index" on "progress_reviews" ("mentorship_uuid");`);

    this.addSql(`create table "feedback" ("uuid" uuid not null, "mentorship_uuid" uuid not null, "giver_uuid" uuid not null, "receiver_uuid" uuid not null, "context" text check ("context" in ('SESSION', 'REVIEW', 'GENERAL')) not null, "context_id" text not null default '', "ratings" jsonb not null, "comment" text not null default '', "learned" text not null default '', "created_at" timestamptz not null, constraint "feedback_pkey" primary key ("uuid"));`);
    this.addSql(`create index "feedback_mentorship_uuid_index" on "feedback" ("mentorship_uuid");`);
    this.addSql(`alter table "feedback" add constraint "feedback_mentorship_uuid_giver_uuid_context_context_id_unique" unique ("mentorship_uuid", "giver_uuid", "context", "context_id");`);

    this.addSql(`alter table "resources" add constraint "resources_added_by_uuid_foreign" foreign key ("added_by_uuid") references "users" ("uuid") on update cascade on delete set null;`);
    this.addSql(`alter table "resources" add constraint "resources_mentorship_uuid_foreign" foreign key ("mentorship_uuid") references "mentorships" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "reflections" add constraint "reflections_author_uuid_foreign" foreign key ("author_uuid") references "users" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "reflections" add constraint "reflections_mentorship_uuid_foreign" foreign key ("mentorship_uuid") references "mentorships" ("uuid") on update cascade on delete set null;`);

    this.addSql(`alter table "progress_reviews" add constraint "progress_reviews_mentorship_uuid_foreign" foreign key ("mentorship_uuid") references "mentorships" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "progress_reviews" add constraint "progress_reviews_written_by_uuid_foreign" foreign key ("written_by_uuid") references "users" ("uuid") on update cascade on delete set null;`);

    this.addSql(`alter table "feedback" add constraint "feedback_mentorship_uuid_foreign" foreign key ("mentorship_uuid") references "mentorships" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback" add constraint "feedback_giver_uuid_foreign" foreign key ("giver_uuid") references "users" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "feedback" add constraint "feedback_receiver_uuid_foreign" foreign key ("receiver_uuid") references "users" ("uuid") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "resources" cascade;`);

    this.addSql(`drop table if exists "reflections" cascade;`);

    this.addSql(`drop table if exists "progress_reviews" cascade;`);

    this.addSql(`drop table if exists "feedback" cascade;`);
  }

}
