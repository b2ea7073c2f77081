import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { installStatements, uninstallStatements } from "../sql"

/**
 * Hand-written: MikroORM doesn't generate triggers. Installs the stock guard on Medusa's inventory tables, or only
 * its functions when those tables don't exist yet (the module's loader adds the triggers at start-up).
 */
export class Migration20261122210000 extends Migration {
  override async up(): Promise<void> {
    for (const statement of installStatements()) {
      this.addSql(statement)
    }
  }

  override async down(): Promise<void> {
    for (const statement of uninstallStatements()) {
      this.addSql(statement)
    }
  }
}
