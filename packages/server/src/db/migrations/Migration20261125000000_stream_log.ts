import { Migration } from '@mikro-orm/migrations';

export class Migration20261125000000_stream_log extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "streams" (
      "id" text not null,
      "last_seq" bigint not null default 0,
      "created_at" timestamptz not null default now(),
      constraint "streams_pkey" primary key ("id"));`);
    this.addSql(`create table "stream_events" (
      "id" bigserial primary key,
      "stream_id" text not null,
      "seq" bigint not null,
      "type" text not null,
      "payload" jsonb not null,
      "actor_id" text null,
      "created_at" timestamptz not null default now());`);
    this.addSql(
      `alter table "stream_events" add constraint "stream_events_stream_id_seq_unique" unique ("stream_id", "seq");`,
    );
    this.addSql(`create index "stream_events_created_at_index" on "stream_events" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stream_events" cascade;`);
    this.addSql(`drop table if exists "streams" cascade;`);
  }
}
