import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123042002 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "store_credit_entry" drop constraint if exists "store_credit_entry_kind_reference_id_unique";`);
    this.addSql(`alter table if exists "store_credit_account" drop constraint if exists "store_credit_account_customer_id_currency_code_unique";`);
    this.addSql(`create table if not exists "store_credit_account" ("id" text not null, "customer_id" text not null, "currency_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "store_credit_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_credit_account_deleted_at" ON "store_credit_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_store_credit_account_customer_id_currency_code_unique" ON "store_credit_account" ("customer_id", "currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "store_credit_entry" ("id" text not null, "amount" numeric not null, "kind" text check ("kind" in ('refund', 'spend', 'spend_reversal', 'adjustment')) not null, "reference" text not null, "reference_id" text not null, "note" text null, "account_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "store_credit_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_credit_entry_account_id" ON "store_credit_entry" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_credit_entry_deleted_at" ON "store_credit_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_store_credit_entry_kind_reference_id_unique" ON "store_credit_entry" ("kind", "reference_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_credit_entry_account_id_created_at" ON "store_credit_entry" ("account_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "store_credit_entry" add constraint "store_credit_entry_account_id_foreign" foreign key ("account_id") references "store_credit_account" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "store_credit_entry" drop constraint if exists "store_credit_entry_account_id_foreign";`);

    this.addSql(`drop table if exists "store_credit_account" cascade;`);

    this.addSql(`drop table if exists "store_credit_entry" cascade;`);
  }

}
