import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123041325 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "store_return" drop constraint if exists "store_return_idempotency_key_unique";`);
    this.addSql(`create table if not exists "store_return" ("id" text not null, "idempotency_key" text not null, "request_hash" text not null, "status" text check ("status" in ('processing', 'completed', 'failed')) not null default 'processing', "order_id" text not null, "return_id" text null, "location_id" text not null, "refund_method" text check ("refund_method" in ('original', 'store_credit', 'cash')) not null, "refund_amount" numeric not null default 0, "currency_code" text not null, "override_reason" text null, "override_by" text null, "failure" text null, "completed_at" timestamptz null, "raw_refund_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "store_return_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_return_deleted_at" ON "store_return" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_store_return_idempotency_key_unique" ON "store_return" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_return_order_id" ON "store_return" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_return_return_id" ON "store_return" ("return_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "store_return_line" ("id" text not null, "line_item_id" text not null, "variant_id" text null, "quantity" integer not null, "condition" text check ("condition" in ('resellable', 'damaged')) not null, "return_reason_id" text null, "note" text null, "store_return_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "store_return_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_return_line_store_return_id" ON "store_return_line" ("store_return_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_store_return_line_deleted_at" ON "store_return_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "store_return_line" add constraint "store_return_line_store_return_id_foreign" foreign key ("store_return_id") references "store_return" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "store_return_line" drop constraint if exists "store_return_line_store_return_id_foreign";`);

    this.addSql(`drop table if exists "store_return" cascade;`);

    this.addSql(`drop table if exists "store_return_line" cascade;`);
  }

}
