import { Migration } from '@mikro-orm/migrations';

export class Migration20261125225917_search_matching extends Migration {

  override async up(): Promise<void> {
    // Trigram similarity for typo-tolerant mentor search (a trusted extension: the database owner may create it).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`alter table "needs_assessments" add column "matching_weights" jsonb null;`);

    this.addSql(`alter table "mentor_profiles" add column "search_document" tsvector null, add column "search_text" text not null default '';`);
    this.addSql(`create index "mentor_profiles_search_document_index" on "public"."mentor_profiles" using gin("search_document");`);
    this.addSql(`create index "mentor_profiles_search_text_trgm" on "mentor_profiles" using gin ("search_text" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "mentor_profiles_search_document_index";`);
    this.addSql(`drop index "mentor_profiles_search_text_trgm";`);
    this.addSql(`alter table "mentor_profiles" drop column "search_document", drop column "search_text";`);

    this.addSql(`alter table "needs_assessments" drop column "matching_weights";`);
  }

}
