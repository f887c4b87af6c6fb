import { Migration } from '@mikro-orm/migrations';

/**
 * The event log keeps one index, the one it is read by: `(stream_id, seq)`
 * becomes the primary key. The surrogate `id` (and its sequence) and the
 * `created_at` index were written on every append and read by nothing.
 */
export class Migration20261126170000_stream_events_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "stream_events_created_at_index";`);
    this.addSql(`alter table "stream_events" drop constraint "stream_events_stream_id_seq_unique";`);
    this.addSql(`alter table "stream_events" drop constraint "stream_events_pkey";`);
    this.addSql(`alter table "stream_events" drop column "id";`);
    this.addSql(`alter table "stream_events" add constraint "stream_events_pkey" primary key ("stream_id", "seq");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "stream_events" drop constraint "stream_events_pkey";`);
    this.addSql(`alter table "stream_events" add column "id" bigserial primary key;`);
    this.addSql(`alter table "stream_events" add constraint "stream_events_stream_id_seq_unique" unique ("stream_id", "seq");`);
    this.addSql(`create index "stream_events_created_at_index" on "stream_events" ("created_at");`);
  }
}
