import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123003231 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "pickup" ("id" text not null, "status" text check ("status" in ('placed', 'preparing', 'ready', 'collected', 'expired', 'canceled')) not null default 'placed', "code_hash" text null, "code_hint" text null, "placed_at" timestamptz not null, "preparing_at" timestamptz null, "ready_at" timestamptz null, "hold_until" timestamptz null, "reminded_at" timestamptz null, "collected_at" timestamptz null, "collected_by" text null, "expired_at" timestamptz null, "canceled_at" timestamptz null, "failed_code_attempts" integer not null default 0, "code_locked_until" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pickup_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_deleted_at" ON "pickup" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_status" ON "pickup" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_hold_until" ON "pickup" ("hold_until") WHERE deleted_at IS NULL AND status = 'ready';`);

    this.addSql(`create table if not exists "pickup_event" ("id" text not null, "type" text check ("type" in ('placed', 'preparing', 'ready', 'collected', 'expired', 'canceled', 'item_missing', 'reminder_sent', 'code_locked')) not null, "actor_id" text null, "note" text null, "pickup_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pickup_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_event_pickup_id" ON "pickup_event" ("pickup_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pickup_event_deleted_at" ON "pickup_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "pickup_event" add constraint "pickup_event_pickup_id_foreign" foreign key ("pickup_id") references "pickup" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "pickup_event" drop constraint if exists "pickup_event_pickup_id_foreign";`);

    this.addSql(`drop table if exists "pickup" cascade;`);

    this.addSql(`drop table if exists "pickup_event" cascade;`);
  }

}
