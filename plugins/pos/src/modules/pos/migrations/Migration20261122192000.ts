import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122192000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "pos_cart" ("id" text not null, "status" text check ("status" in ('open', 'parked', 'completed')) not null default 'open', "parked_at" timestamptz null, "parked_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pos_cart_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pos_cart_deleted_at" ON "pos_cart" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pos_cart" cascade;`);
  }

}
