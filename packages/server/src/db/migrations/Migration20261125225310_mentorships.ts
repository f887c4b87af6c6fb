import { Migration } from '@mikro-orm/migrations';

export class Migration20261125225310_mentorships extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "mentorship_requests" ("uuid" uuid not null, "mentee_uuid" uuid not null, "mentor_uuid" uuid not null, "message" text not null, "goals" jsonb not null, "proposed_cadence" text check ("proposed_cadence" in ('WEEKLY', 'EVERY_TWO_WEEKS', 'MONTHLY', 'AS_NEEDED')) null, "status" text check ("status" in ('PENDING', 'INFO_REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')) not null default 'PENDING', "decline_reason" text null, "exchanges" jsonb not null, "client_mutation_id" text not null, "expires_at" timestamptz not null, "responded_at" timestamptz null, "decided_at" timestamptz null, "mentorship_uuid" uuid null, "created_at" timestamptz not null, constraint "mentorship_requests_pkey" primary key ("uuid"));`);
    this.addSql(`create index "mentorship_requests_mentee_uuid_index" on "mentorship_requests" ("mentee_uuid");`);
    this.addSql(`create index "mentorship_requests_mentor_uuid_index" on "mentorship_requests" ("mentor_uuid");`);
    this.addSql(`create unique index "mentorship_requests_one_open_per_pair" on "mentorship_requests" ("mentee_uuid", "mentor_uuid") where "status" in ('PENDING', 'INFO_REQUESTED');`);
    this.addSql(`alter table "mentorship_requests" add constraint "mentorship_requests_mentee_uuid_client_mutation_id_unique" unique ("mentee_uuid", "client_mutation_id");`);

    this.addSql(`create table "mentorships" ("uuid" uuid not null, "mentor_uuid" uuid not null, "mentee_uuid" uuid not null, "status" text check ("status" in ('PENDING_AGREEMENT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED')) not null default 'PENDING_AGREEMENT', "program_uuid" uuid null, "started_at" timestamptz null, "ended_at" timestamptz null, "end_reason" text null, "created_at" timestamptz not null, constraint "mentorships_pkey" primary key ("uuid"));`);
    this.addSql(`create index "mentorships_mentor_uuid_index" on "mentorships" ("mentor_uuid");`);
    this.addSql(`create index "mentorships_mentee_uuid_index" on "mentorships" ("mentee_uuid");`);
    this.addSql(`create unique index "mentorships_one_open_per_pair" on "mentorships" ("mentor_uuid", "mentee_uuid") where "status" in ('PENDING_AGREEMENT', 'ACTIVE', 'PAUSED');`);

    this.addSql(`create table "agreement_versions" ("uuid" uuid not null, "mentorship_uuid" uuid not null, "version" int not null, "proposed_by_uuid" uuid not null, "terms" jsonb not null, "note" text not null default '', "created_at" timestamptz not null, constraint "agreement_versions_pkey" primary key ("uuid"));`);
    this.addSql(`alter table "agreement_versions" add constraint "agreement_versions_mentorship_uuid_version_unique" unique ("mentorship_uuid", "version");`);

    this.addSql(`create table "agreement_acknowledgements" ("uuid" uuid not null, "agreement_version_uuid" uuid not null, "user_uuid" uuid not null, "created_at" timestamptz not null, constraint "agreement_acknowledgements_pkey" primary key ("uuid"));`);
    this.addSql(`alter table "agreement_acknowledgements" add constraint "agreement_acknowledgements_agreement_version_uuid_ccaac_unique" unique ("agreement_version_uuid", "user_uuid");`);

    this.addSql(`alter table "mentorship_requests" add constraint "mentorship_requests_mentee_uuid_foreign" foreign key ("mentee_uuid") references "users" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "mentorship_requests" add constraint "mentorship_requests_mentor_uuid_foreign" foreign key ("mentor_uuid") references "users" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "mentorships" add constraint "mentorships_mentor_uuid_foreign" foreign key ("mentor_uuid") references "users" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "mentorships" add constraint "mentorships_mentee_uuid_foreign" foreign key ("mentee_uuid") references "users" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "agreement_versions" add constraint "agreement_versions_mentorship_uuid_foreign" foreign key ("mentorship_uuid") references "mentorships" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "agreement_versions" add constraint "agreement_versions_proposed_by_uuid_foreign" foreign key ("proposed_by_uuid") references "users" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "agreement_acknowledgements" add constraint "agreement_acknowledgements_agreement_version_uuid_foreign" foreign key ("agreement_version_uuid") references "agreement_versions" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "agreement_acknowledgements" add constraint "agreement_acknowledgements_user_uuid_foreign" foreign key ("user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agreement_versions" drop constraint "agreement_versions_mentorship_uuid_foreign";`);

    this.addSql(`alter table "agreement_acknowledgements" drop constraint "agreement_acknowledgements_agreement_version_uuid_foreign";`);

    this.addSql(`drop table if exists "mentorship_requests" cascade;`);

    this.addSql(`drop table if exists "mentorships" cascade;`);

    this.addSql(`drop table if exists "agreement_versions" cascade;`);

    this.addSql(`drop table if exists "agreement_acknowledgements" cascade;`);
  }

}
