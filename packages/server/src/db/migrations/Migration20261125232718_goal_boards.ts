import { Migration } from '@mikro-orm/migrations';

export class Migration20261125232718_goal_boards extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "goal_boards" ("uuid" uuid not null, "mentorship_uuid" uuid not null, "created_at" timestamptz not null, constraint "goal_boards_pkey" primary key ("uuid"));`);
    this.addSql(`alter table "goal_boards" add constraint "goal_boards_mentorship_uuid_unique" unique ("mentorship_uuid");`);

    this.addSql(`create table "board_lanes" ("uuid" uuid not null, "board_uuid" uuid not null, "name" text not null, "position" text not null, "created_at" timestamptz not null, constraint "board_lanes_pkey" primary key ("uuid"));`);
    this.addSql(`create index "board_lanes_board_uuid_index" on "board_lanes" ("board_uuid");`);

    this.addSql(`create table "goals" ("uuid" uuid not null, "board_uuid" uuid not null, "lane_uuid" uuid not null, "position" text not null, "title" text not null, "description" text not null default '', "why_it_matters" text not null default '', "linked_skills" jsonb not null, "target_date" date null, "owner_uuid" uuid null, "progress_override" int null, "version" int not null default 1, "archived_at" timestamptz null, "client_mutation_id" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "goals_pkey" primary key ("uuid"));`);
    this.addSql(`create index "goals_board_uuid_index" on "goals" ("board_uuid");`);
    this.addSql(`alter table "goals" add constraint "goals_board_uuid_client_mutation_id_unique" unique ("board_uuid", "client_mutation_id");`);

    this.addSql(`create table "milestones" ("uuid" uuid not null, "goal_uuid" uuid not null, "title" text not null, "due_on" date null, "done" boolean not null default false, "position" text not null, "created_at" timestamptz not null, constraint "milestones_pkey" primary key ("uuid"));`);
    this.addSql(`create index "milestones_goal_uuid_index" on "milestones" ("goal_uuid");`);

    this.addSql(`alter table "goal_boards" add constraint "goal_boards_mentorship_uuid_foreign" foreign key ("mentorship_uuid") references "mentorships" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "board_lanes" add constraint "board_lanes_board_uuid_foreign" foreign key ("board_uuid") references "goal_boards" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "goals" add constraint "goals_board_uuid_foreign" foreign key ("board_uuid") references "goal_boards" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "goals" add constraint "goals_lane_uuid_foreign" foreign key ("lane_uuid") references "board_lanes" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "goals" add constraint "goals_owner_uuid_foreign" foreign key ("owner_uuid") references "users" ("uuid") on update cascade on delete set null;`);

    this.addSql(`alter table "milestones" add constraint "milestones_goal_uuid_foreign" foreign key ("goal_uuid") references "goals" ("uuid") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "board_lanes" drop constraint "board_lanes_board_uuid_foreign";`);

    this.addSql(`alter table "goals" drop constraint "goals_board_uuid_foreign";`);

    this.addSql(`alter table "goals" drop constraint "goals_lane_uuid_foreign";`);

    this.addSql(`alter table "milestones" drop constraint "milestones_goal_uuid_foreign";`);

    this.addSql(`drop table if exists "goal_boards" cascade;`);

    this.addSql(`drop table if exists "board_lanes" cascade;`);

    this.addSql(`drop table if exists "goals" cascade;`);

    this.addSql(`drop table if exists "milestones" cascade;`);
  }

}
