import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011644_program_resources extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "resources" add column "program_uuid" uuid null;`);
    this.addSql(`alter table "resources" alter column "mentorship_uuid" drop not null;`);
    this.addSql(`alter table "resources" add constraint "resources_program_uuid_foreign" foreign key ("program_uuid") references "programs" ("uuid") on update cascade on delete cascade;`);
    this.addSql(`create index "resources_program_uuid_index" on "resources" ("program_uuid");`);
    this.addSql(`alter table "resources" add constraint resources_one_scope_check check(num_nonnulls(mentorship_uuid, program_uuid) = 1);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "resources" drop constraint "resources_program_uuid_foreign";`);

    this.addSql(`drop index "resources_program_uuid_index";`);
    this.addSql(`alter table "resources" drop constraint resources_one_scope_check;`);
    this.addSql(`alter table "resources" drop column "program_uuid";`);

    this.addSql(`alter table "resources" alter column "mentorship_uuid" set not null;`);
  }

}
