import { Migration } from '@mikro-orm/migrations';

export class Migration20261125223743_accounts_profiles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "users" ("uuid" uuid not null, "email" text not null, "email_verified_at" timestamptz null, "password_hash" text not null, "display_name" text not null, "is_mentor" boolean not null default false, "is_mentee" boolean not null default false, "is_platform_admin" boolean not null default false, "onboarded_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "users_pkey" primary key ("uuid"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);

    this.addSql(`create table "personal_access_tokens" ("uuid" uuid not null, "user_uuid" uuid not null, "name" text not null, "secret_hash" text not null, "secret_prefix" text not null, "scopes" text[] not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "expires_at" timestamptz null, "revoked_at" timestamptz null, constraint "personal_access_tokens_pkey" primary key ("uuid"));`);
    this.addSql(`create index "personal_access_tokens_user_uuid_index" on "personal_access_tokens" ("user_uuid");`);
    this.addSql(`alter table "personal_access_tokens" add constraint "personal_access_tokens_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "needs_assessments" ("uuid" uuid not null, "user_uuid" uuid not null, "goals" jsonb not null, "skills_to_develop" jsonb not null, "reflections" jsonb not null, "support_kinds" text[] not null, "preferred_formats" text[] not null, "preferred_cadence" text check ("preferred_cadence" in ('WEEKLY', 'EVERY_TWO_WEEKS', 'MONTHLY', 'AS_NEEDED')) null, "preferred_languages" text[] not null, "time_zone" text null, "updated_at" timestamptz not null, constraint "needs_assessments_pkey" primary key ("uuid"));`);
    this.addSql(`alter table "needs_assessments" add constraint "needs_assessments_user_uuid_unique" unique ("user_uuid");`);

    this.addSql(`create table "mentor_profiles" ("uuid" uuid not null, "user_uuid" uuid not null, "headline" text not null default '', "bio" text not null default '', "expertise" text[] not null, "skills" jsonb not null, "years_of_experience" int null, "industries" text[] not null, "qualities" text[] not null, "communication_style" text not null default '', "languages" text[] not null, "time_zone" text not null default 'UTC', "availability" jsonb not null, "capacity" int not null default 2, "accepting_requests" boolean not null default true, "formats" text[] not null, "visibility" text check ("visibility" in ('PUBLIC', 'MEMBERS', 'HIDDEN')) not null default 'MEMBERS', "updated_at" timestamptz not null, constraint "mentor_profiles_pkey" primary key ("uuid"));`);
    this.addSql(`alter table "mentor_profiles" add constraint "mentor_profiles_user_uuid_unique" unique ("user_uuid");`);

    this.addSql(`create table "auth_sessions" ("uuid" uuid not null, "user_uuid" uuid not null, "secret_hash" text not null, "user_agent" text null, "ip_address" text null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "auth_sessions_pkey" primary key ("uuid"));`);
    this.addSql(`create index "auth_sessions_user_uuid_index" on "auth_sessions" ("user_uuid");`);
    this.addSql(`alter table "auth_sessions" add constraint "auth_sessions_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "account_tokens" ("uuid" uuid not null, "user_uuid" uuid not null, "purpose" text check ("purpose" in ('verify_email', 'reset_password')) not null, "secret_hash" text not null, "email" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "account_tokens_pkey" primary key ("uuid"));`);
    this.addSql(`create index "account_tokens_user_uuid_index" on "account_tokens" ("user_uuid");`);
    this.addSql(`alter table "account_tokens" add constraint "account_tokens_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`alter table "personal_access_tokens" add constraint "personal_access_tokens_user_uuid_foreign" foreign key ("user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "needs_assessments" add constraint "needs_assessments_user_uuid_foreign" foreign key ("user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "mentor_profiles" add constraint "mentor_profiles_user_uuid_foreign" foreign key ("user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "auth_sessions" add constraint "auth_sessions_user_uuid_foreign" foreign key ("user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "account_tokens" add constraint "account_tokens_user_uuid_foreign" foreign key ("user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "personal_access_tokens" drop constraint "personal_access_tokens_user_uuid_foreign";`);

    this.addSql(`alter table "needs_assessments" drop constraint "needs_assessments_user_uuid_foreign";`);

    this.addSql(`alter table "mentor_profiles" drop constraint "mentor_profiles_user_uuid_foreign";`);

    this.addSql(`alter table "auth_sessions" drop constraint "auth_sessions_user_uuid_foreign";`);

    this.addSql(`alter table "account_tokens" drop constraint "account_tokens_user_uuid_foreign";`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "personal_access_tokens" cascade;`);

    this.addSql(`drop table if exists "needs_assessments" cascade;`);

    this.addSql(`drop table if exists "mentor_profiles" cascade;`);

    this.addSql(`drop table if exists "auth_sessions" cascade;`);

    this.addSql(`drop table if exists "account_tokens" cascade;`);
  }

}
