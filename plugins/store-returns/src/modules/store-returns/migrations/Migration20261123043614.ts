import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123043614 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "store_return" add column if not exists "exchange_id" text null, add column if not exists "exchange_amount_paid" numeric null, add column if not exists "exchange_tenders" jsonb null, add column if not exists "raw_exchange_amount_paid" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "store_return" drop column if exists "exchange_id", drop column if exists "exchange_amount_paid", drop column if exists "exchange_tenders", drop column if exists "raw_exchange_amount_paid";`);
  }

}
