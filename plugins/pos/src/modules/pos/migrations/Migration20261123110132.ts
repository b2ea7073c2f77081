import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123110132 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pos_cart" drop constraint if exists "pos_cart_status_check";`);

    this.addSql(`alter table if exists "pos_cart" add constraint "pos_cart_status_check" check("status" in ('open', 'parked', 'completed', 'released'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "pos_cart" drop constraint if exists "pos_cart_status_check";`);

    this.addSql(`alter table if exists "pos_cart" add constraint "pos_cart_status_check" check("status" in ('open', 'parked', 'completed'));`);
  }

}
