import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123080638 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "shared_cart" drop constraint if exists "shared_cart_cart_id_unique";`);
    this.addSql(`alter table if exists "shared_cart" drop constraint if exists "shared_cart_token_hash_unique";`);
    this.addSql(`alter table if exists "shared_cart" drop constraint if exists "shared_cart_touchpoint_id_unique";`);
    this.addSql(`alter table if exists "touchpoint" drop constraint if exists "touchpoint_order_id_unique";`);
    this.addSql(`alter table if exists "order_attribution" drop constraint if exists "order_attribution_order_id_unique";`);
    this.addSql(`alter table if exists "attribution_return" drop constraint if exists "attribution_return_return_id_unique";`);
    this.addSql(`create table if not exists "attribution_override" ("id" text not null, "order_id" text not null, "reason" text not null, "actor_type" text check ("actor_type" in ('associate', 'user')) not null, "actor_id" text not null, "store_id" text null, "previous" jsonb not null, "assignment" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "attribution_override_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_override_deleted_at" ON "attribution_override" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_override_order_id" ON "attribution_override" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "attribution_return" ("id" text not null, "return_id" text not null, "order_id" text not null, "source" text check ("source" in ('order.return_received', 'store-returns.return.completed')) not null, "amount" numeric not null, "occurred_at" timestamptz not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "attribution_return_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_return_deleted_at" ON "attribution_return" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_attribution_return_return_id_unique" ON "attribution_return" ("return_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_return_order_id" ON "attribution_return" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_attribution" ("id" text not null, "order_id" text not null, "rule" text check ("rule" in ('pos_sale', 'last_touch', 'first_touch', 'split', 'house', 'override')) not null, "reason" text not null, "placed_at" timestamptz not null, "sales_channel_id" text null, "currency_code" text not null, "gross_amount" numeric not null, "raw_gross_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_attribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_attribution_deleted_at" ON "order_attribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_attribution_order_id_unique" ON "order_attribution" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "attribution_record" ("id" text not null, "order_attribution_id" text not null, "order_id" text not null, "kind" text check ("kind" in ('sale', 'return')) not null, "return_id" text null, "beneficiary" text check ("beneficiary" in ('associate', 'store', 'house')) not null, "associate_id" text null, "store_id" text null, "sales_channel_id" text null, "currency_code" text not null, "amount" numeric not null, "rule" text check ("rule" in ('pos_sale', 'last_touch', 'first_touch', 'split', 'house', 'override', 'click_collect_share')) not null, "reason" text not null, "touchpoint_id" text null, "occurred_at" timestamptz not null, "superseded_at" timestamptz null, "superseded_by_override_id" text null, "written_by_override_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "attribution_record_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_record_order_attribution_id" ON "attribution_record" ("order_attribution_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_record_deleted_at" ON "attribution_record" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_record_occurred_at" ON "attribution_record" ("occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_record_associate_id_occurred_at" ON "attribution_record" ("associate_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_record_store_id_occurred_at" ON "attribution_record" ("store_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_attribution_record_order_id" ON "attribution_record" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "touchpoint" ("id" text not null, "kind" text check ("kind" in ('pos_sale', 'shared_cart', 'assisted', 'appointment')) not null, "associate_id" text not null, "store_id" text not null, "customer_id" text null, "cart_id" text null, "order_id" text null, "contact" text check ("contact" in ('phone', 'chat', 'email', 'video', 'in_store')) null, "note" text null, "occurred_at" timestamptz not null, "expires_at" timestamptz not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "touchpoint_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_touchpoint_deleted_at" ON "touchpoint" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_touchpoint_customer_id_occurred_at" ON "touchpoint" ("customer_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_touchpoint_cart_id" ON "touchpoint" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_touchpoint_order_id_unique" ON "touchpoint" ("order_id") WHERE deleted_at IS NULL AND kind = 'pos_sale';`);

    this.addSql(`create table if not exists "shared_cart" ("id" text not null, "token_hash" text not null, "cart_id" text not null, "expires_at" timestamptz not null, "claimed_at" timestamptz null, "claimed_by_customer_id" text null, "touchpoint_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shared_cart_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shared_cart_touchpoint_id_unique" ON "shared_cart" ("touchpoint_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shared_cart_deleted_at" ON "shared_cart" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shared_cart_token_hash_unique" ON "shared_cart" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shared_cart_cart_id_unique" ON "shared_cart" ("cart_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "attribution_record" add constraint "attribution_record_order_attribution_id_foreign" foreign key ("order_attribution_id") references "order_attribution" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "shared_cart" add constraint "shared_cart_touchpoint_id_foreign" foreign key ("touchpoint_id") references "touchpoint" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "attribution_record" drop constraint if exists "attribution_record_order_attribution_id_foreign";`);

    this.addSql(`alter table if exists "shared_cart" drop constraint if exists "shared_cart_touchpoint_id_foreign";`);

    this.addSql(`drop table if exists "attribution_override" cascade;`);

    this.addSql(`drop table if exists "attribution_return" cascade;`);

    this.addSql(`drop table if exists "order_attribution" cascade;`);

    this.addSql(`drop table if exists "attribution_record" cascade;`);

    this.addSql(`drop table if exists "touchpoint" cascade;`);

    this.addSql(`drop table if exists "shared_cart" cascade;`);
  }

}
