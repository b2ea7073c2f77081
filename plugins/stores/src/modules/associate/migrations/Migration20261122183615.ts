import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122183615 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "associate" drop constraint if exists "associate_employee_code_unique";`);
    this.addSql(`alter table if exists "associate" drop constraint if exists "associate_email_unique";`);
    this.addSql(`create table if not exists "associate" ("id" text not null, "first_name" text not null, "last_name" text not null, "email" text not null, "employee_code" text not null, "role" text check ("role" in ('associate', 'manager')) not null default 'associate', "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "associate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_associate_deleted_at" ON "associate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_associate_email_unique" ON "associate" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_associate_employee_code_unique" ON "associate" ("employee_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "associate" cascade;`);
  }

}
