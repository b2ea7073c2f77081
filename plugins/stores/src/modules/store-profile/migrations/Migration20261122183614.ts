import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122183614 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "store_closure" drop constraint if exists "store_closure_store_profile_id_date_unique";`);
    this.addSql(`alter table if exists "store_profile" drop constraint if exists "store_profile_code_unique";`);
    this.addSql(`create table if not exists "store_profile" ("id" text not null, "code" text not null, "name" text not null, "timezone" text not null, "latitude" real not null, "longitude" real not null, "phone" text null, "offers_pickup" boolean not null default true, "opening_hours" jsonb not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "store_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_profile_deleted_at" ON "store_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_store_profile_code_unique" ON "store_profile" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "store_closure" ("id" text not null, "date" text not null, "reason" text null, "store_profile_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "store_closure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_closure_store_profile_id" ON "store_closure" ("store_profile_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_closure_deleted_at" ON "store_closure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_store_closure_store_profile_id_date_unique" ON "store_closure" ("store_profile_id", "date") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "store_closure" add constraint "store_closure_store_profile_id_foreign" foreign key ("store_profile_id") references "store_profile" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "store_closure" drop constraint if exists "store_closure_store_profile_id_foreign";`);

    this.addSql(`drop table if exists "store_profile" cascade;`);

    this.addSql(`drop table if exists "store_closure" cascade;`);
  }

}
