import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011500_milestones_from_action_items extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "milestones" add column "from_action_item_uuid" uuid null;`);
    this.addSql(`alter table "milestones" add constraint "milestones_from_action_item_uuid_foreign" foreign key ("from_action_item_uuid") references "action_items" ("uuid") on update cascade on delete set null;`);
    this.addSql(`alter table "milestones" add constraint "milestones_from_action_item_uuid_unique" unique ("from_action_item_uuid");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "milestones" drop constraint "milestones_from_action_item_uuid_foreign";`);

    this.addSql(`alter table "milestones" drop constraint "milestones_from_action_item_uuid_unique";`);
    this.addSql(`alter table "milestones" drop column "from_action_item_uuid";`);
  }

}
