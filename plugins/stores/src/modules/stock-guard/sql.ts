/**
 * The stock guard: PostgreSQL triggers on Medusa's inventory tables that keep `inventory_level.reserved_quantity`
 * equal to the live reservations and refuse to reserve past the stock.
 *
 * Medusa's inventory module reads a level, then writes `reserved_quantity = old + q` computed in JavaScript, with no
 * row lock (medusajs/medusa#16569): two processes reserving at once both read "1 available" and both succeed, and
 * the second write loses the first one's increment. The trigger runs after the row lock is taken, so it sees every
 * reservation committed before it and recomputes the total from them.
 */

/** Bump when the SQL below changes: the loader reinstalls when the database holds another version. */
export const STOCK_GUARD_VERSION = "passerelle-stock-guard v1"

/** The SQLSTATE the guard raises (class "PS", not used by PostgreSQL). */
export const STOCK_GUARD_SQLSTATE = "PSG01"

/** Every message the guard raises starts with this. */
export const STOCK_GUARD_MESSAGE_PREFIX = "passerelle_stock_guard:"

export const LEVEL_FUNCTION = "passerelle_stock_guard_level"
export const LEVEL_TRIGGER = "passerelle_stock_guard"
export const RESERVATION_FUNCTION = "passerelle_stock_guard_reservation"
export const RESERVATION_TRIGGER = "passerelle_stock_guard_reservation"

/**
 * BEFORE UPDATE OF reserved_quantity on inventory_level: the reserved total becomes the sum of the level's live
 * reservations, and a total that went up past the stock is refused unless a live reservation allows backorder.
 * Runs once the row lock is held, so a concurrent transaction waits here and then sees the first one's reservations.
 */
const levelFunction = `
CREATE OR REPLACE FUNCTION ${LEVEL_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $guard$
DECLARE
  live numeric;
  backorder boolean;
BEGIN
  SELECT COALESCE(SUM(r.quantity), 0), COALESCE(bool_or(r.allow_backorder), false)
    INTO live, backorder
    FROM reservation_item r
   WHERE r.inventory_item_id = NEW.inventory_item_id
     AND r.location_id = NEW.location_id
     AND r.deleted_at IS NULL;
  NEW.reserved_quantity := live;
  NEW.raw_reserved_quantity := jsonb_build_object('value', live::text, 'precision', 20);
  IF live > OLD.reserved_quantity AND live > NEW.stocked_quantity AND NOT backorder THEN
    RAISE EXCEPTION USING
      ERRCODE = '${STOCK_GUARD_SQLSTATE}',
      MESSAGE = format(
        '${STOCK_GUARD_MESSAGE_PREFIX} inventory item %s at location %s would have %s reserved for %s stocked',
        NEW.inventory_item_id, NEW.location_id, live, NEW.stocked_quantity
      ),
      DETAIL = json_build_object(
        'inventory_item_id', NEW.inventory_item_id,
        'location_id', NEW.location_id,
        'reserved', live,
        'stocked', NEW.stocked_quantity
      )::text;
  END IF;
  RETURN NEW;
END
$guard$`

/**
 * AFTER a reservation row changes: touch the reserved_quantity of the level(s) it was and is at, so the level
 * trigger recomputes them from the rows as they are now. Needed because Medusa doesn't always write the rows first:
 * - updateReservationItems_ and softDeleteReservationItems_ persist the reservation and the level in one MikroORM
 *   flush, which writes inventory_level before reservation_item (commit order), so the level trigger alone would
 *   count the old quantity;
 * - updateReservationItems_ with a new location_id adds the reservation to the new level but never takes it off the
 *   old one (it only loads the levels at the new locations, so the old level's adjustment is dropped).
 */
const reservationFunction = `
CREATE OR REPLACE FUNCTION ${RESERVATION_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $guard$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE inventory_level SET reserved_quantity = reserved_quantity
     WHERE inventory_item_id = OLD.inventory_item_id AND location_id = OLD.location_id AND deleted_at IS NULL;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (OLD.inventory_item_id, OLD.location_id)
                                             IS DISTINCT FROM (NEW.inventory_item_id, NEW.location_id)) THEN
    UPDATE inventory_level SET reserved_quantity = reserved_quantity
     WHERE inventory_item_id = NEW.inventory_item_id AND location_id = NEW.location_id AND deleted_at IS NULL;
  END IF;
  RETURN NULL;
END
$guard$`

const functionStatements = [
  levelFunction,
  reservationFunction,
  `COMMENT ON FUNCTION ${LEVEL_FUNCTION}() IS '${STOCK_GUARD_VERSION}'`,
]

const triggerStatements = [
  `CREATE OR REPLACE TRIGGER ${LEVEL_TRIGGER}
     BEFORE UPDATE OF reserved_quantity ON inventory_level
     FOR EACH ROW EXECUTE FUNCTION ${LEVEL_FUNCTION}()`,
  `CREATE OR REPLACE TRIGGER ${RESERVATION_TRIGGER}
     AFTER INSERT OR DELETE OR UPDATE OF quantity, location_id, inventory_item_id, deleted_at, allow_backorder
     ON reservation_item
     FOR EACH ROW EXECUTE FUNCTION ${RESERVATION_FUNCTION}()`,
]

/** Whether Medusa's inventory tables exist yet (the inventory module's migrations may run after ours). */
export const INVENTORY_TABLES_EXIST =
  "to_regclass('inventory_level') IS NOT NULL AND to_regclass('reservation_item') IS NOT NULL"

const dollarQuote = (sql: string) => `$install$${sql}$install$`

/**
 * The statements that install the guard, safe to run before the inventory tables exist (the functions are created,
 * the triggers wait for the loader) and to run again (CREATE OR REPLACE).
 */
export function installStatements(): string[] {
  return [
    ...functionStatements,
    `DO $do$ BEGIN
       IF ${INVENTORY_TABLES_EXIST} THEN
         ${triggerStatements.map((sql) => `EXECUTE ${dollarQuote(sql)};`).join("\n         ")}
       END IF;
     END $do$`,
  ]
}

export function uninstallStatements(): string[] {
  return [
    `DROP TRIGGER IF EXISTS ${LEVEL_TRIGGER} ON inventory_level`,
    `DROP TRIGGER IF EXISTS ${RESERVATION_TRIGGER} ON reservation_item`,
    `DROP FUNCTION IF EXISTS ${LEVEL_FUNCTION}()`,
    `DROP FUNCTION IF EXISTS ${RESERVATION_FUNCTION}()`,
  ]
}

/** One row when the guard is installed at the current version on existing tables. */
export const INSTALLED_QUERY = `
SELECT obj_description(to_regprocedure('${LEVEL_FUNCTION}()'), 'pg_proc') AS version,
       EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = '${LEVEL_TRIGGER}' AND tgrelid = to_regclass('inventory_level')) AS level_trigger,
       EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = '${RESERVATION_TRIGGER}' AND tgrelid = to_regclass('reservation_item')) AS reservation_trigger,
       (${INVENTORY_TABLES_EXIST}) AS tables_exist`
