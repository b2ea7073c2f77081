import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122210024 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pos_checkout" drop constraint if exists "pos_checkout_cart_id_unique";`);
    this.addSql(`alter table if exists "pos_checkout" drop constraint if exists "pos_checkout_idempotency_key_unique";`);
    this.addSql(`create table if not exists "pos_checkout" ("id" text not null, "idempotency_key" text not null, "cart_id" text not null, "status" text check ("status" in ('processing', 'completed')) not null default 'processing', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_checkout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_checkout_deleted_at" ON "pos_checkout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_checkout_idempotency_key_unique" ON "pos_checkout" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pos_checkout_cart_id_unique" ON "pos_checkout" ("cart_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pos_tender" ("id" text not null, "method" text check ("method" in ('cash', 'card')) not null, "amount" numeric not null, "tendered" numeric null, "change_due" numeric null, "card_reference" text null, "checkout_id" text not null, "raw_amount" jsonb not null, "raw_tendered" jsonb null, "raw_change_due" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_tender_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_tender_checkout_id" ON "pos_tender" ("checkout_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_tender_deleted_at" ON "pos_tender" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "pos_tender" add constraint "pos_tender_checkout_id_foreign" foreign key ("checkout_id") references "pos_checkout" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "pos_cart" add column if not exists "parked_snapshot" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "pos_tender" drop constraint if exists "pos_tender_checkout_id_foreign";`);

    this.addSql(`drop table if exists "pos_checkout" cascade;`);

    this.addSql(`drop table if exists "pos_tender" cascade;`);

    this.addSql(`alter table if exists "pos_cart" drop column if exists "parked_snapshot";`);
  }

}
