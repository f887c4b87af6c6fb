import { Migration } from '@mikro-orm/migrations';

export class Migration20261125230445_programs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organizations" ("uuid" uuid not null, "name" text not null, "created_at" timestamptz not null, constraint "organizations_pkey" primary key ("uuid"));`);

    this.addSql(`create table "programs" ("uuid" uuid not null, "organization_uuid" uuid not null, "name" text not null, "description" text not null default '', "starts_on" date not null, "ends_on" date not null, "enrollment_questions" jsonb not null, "cohorts" jsonb not null, "enrollment_open" boolean not null default true, "created_at" timestamptz not null, constraint "programs_pkey" primary key ("uuid"));`);
    this.addSql(`create index "programs_organization_uuid_index" on "programs" ("organization_uuid");`);

    this.addSql(`create table "organization_members" ("uuid" uuid not null, "organization_uuid" uuid not null, "user_uuid" uuid not null, "role" text check ("role" in ('ADMIN', 'MEMBER')) not null, "created_at" timestamptz not null, constraint "organization_members_pkey" primary key ("uuid"));`);
    this.addSql(`create index "organization_members_user_uuid_index" on "organization_members" ("user_uuid");`);
    this.addSql(`alter table "organization_members" add constraint "organization_members_organization_uuid_user_uuid_unique" unique ("organization_uuid", "user_uuid");`);

    this.addSql(`create table "program_enrollments" ("uuid" uuid not null, "program_uuid" uuid not null, "user_uuid" uuid not null, "role" text check ("role" in ('MENTOR', 'MENTEE')) not null, "cohort_id" text null, "answers" jsonb not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'DECLINED')) not null default 'PENDING', "decided_at" timestamptz null, "created_at" timestamptz not null, constraint "program_enrollments_pkey" primary key ("uuid"));`);
    this.addSql(`create index "program_enrollments_program_uuid_index" on "program_enrollments" ("program_uuid");`);
    this.addSql(`create index "program_enrollments_user_uuid_index" on "program_enrollments" ("user_uuid");`);
    this.addSql(`alter table "program_enrollments" add constraint "program_enrollments_program_uuid_user_uuid_role_unique" unique ("program_uuid", "user_uuid", "role");`);

    this.addSql(`alter table "programs" add constraint "programs_organization_uuid_foreign" foreign key ("organization_uuid") references "organizations" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "organization_members" add constraint "organization_members_organization_uuid_foreign" foreign key ("organization_uuid") references "organizations" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "organization_members" add constraint "organization_members_user_uuid_foreign" foreign key ("user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "program_enrollments" add constraint "program_enrollments_program_uuid_foreign" foreign key ("program_uuid") references "programs" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "program_enrollments" add constraint "program_enrollments_user_uuid_foreign" foreign key ("user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "programs" drop constraint "programs_organization_uuid_foreign";`);

    this.addSql(`alter table "organization_members" drop constraint "organization_members_organization_uuid_foreign";`);

    this.addSql(`alter table "program_enrollments" drop constraint "program_enrollments_program_uuid_foreign";`);

    this.addSql(`drop table if exists "organizations" cascade;`);

    this.addSql(`drop table if exists "programs" cascade;`);

    this.addSql(`drop table if exists "organization_members" cascade;`);

    this.addSql(`drop table if exists "program_enrollments" cascade;`);
  }

}
