import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011842_webhooks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "webhook_endpoints" ("uuid" uuid not null, "owner_user_uuid" uuid null, "organization_uuid" uuid null, "url" text not null, "event_types" text[] not null, "secret" text not null, "previous_secret" text null, "previous_secret_expires_at" timestamptz null, "secret_prefix" text not null, "enabled" boolean not null default true, "disabled_at" timestamptz null, "disabled_reason" text null, "consecutive_failures" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "webhook_endpoints_pkey" primary key ("uuid"), constraint webhook_endpoints_one_owner check ((owner_user_uuid is null) <> (organization_uuid is null)));`);
    this.addSql(`create index "webhook_endpoints_owner_user_uuid_index" on "webhook_endpoints" ("owner_user_uuid");`);
    this.addSql(`create index "webhook_endpoints_organization_uuid_index" on "webhook_endpoints" ("organization_uuid");`);

    this.addSql(`create table "webhook_deliveries" ("uuid" uuid not null, "endpoint_uuid" uuid not null, "event_id" uuid not null, "event_type" text not null, "body" text not null, "status" text check ("status" in ('PENDING', 'SUCCEEDED', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz null, "lease_token" uuid null, "last_status_code" int null, "last_error" text null, "last_duration_ms" int null, "last_attempt_at" timestamptz null, "attempt_log" jsonb not null default '[]', "redelivery_of" uuid null, "created_at" timestamptz not null, "delivered_at" timestamptz null, constraint "webhook_deliveries_pkey" primary key ("uuid"));`);
    this.addSql(`create index "webhook_deliveries_due_index" on "webhook_deliveries" ("next_attempt_at") where "status" = 'PENDING';`);
    this.addSql(`create index "webhook_deliveries_endpoint_uuid_created_at_index" on "webhook_deliveries" ("endpoint_uuid", "created_at");`);

    this.addSql(`alter table "webhook_endpoints" add constraint "webhook_endpoints_owner_user_uuid_foreign" foreign key ("owner_user_uuid") references "users" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`alter table "webhook_endpoints" add constraint "webhook_endpoints_organization_uuid_foreign" foreign key ("organization_uuid") references "organizations" ("uuid") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_deliveries" add constraint "webhook_deliveries_endpoint_uuid_foreign" foreign key ("endpoint_uuid") references "webhook_endpoints" ("uuid") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook_deliveries" drop constraint "webhook_deliveries_endpoint_uuid_foreign";`);

    this.addSql(`drop table if exists "webhook_endpoints" cascade;`);

    this.addSql(`drop table if exists "webhook_deliveries" cascade;`);
  }

}
