import type { IInventoryService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { STOCK_GUARD_MODULE, StockGuardModuleService } from "@passerelle/medusa-plugin-stores/modules/stock-guard"
import path from "path"

jest.setTimeout(180 * 1000)

const GUARD_SQLSTATE = "PSG01"

/**
 * The stock guard on its own: Medusa's inventory module called directly, without Medusa's lock around the calls,
 * as two server processes would call it.
 */
medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ getContainer, dbConnection }) => {
    let inventory: IInventoryService
    let itemId: string
    const WAREHOUSE = "sloc_guard_warehouse"
    const STORE = "sloc_guard_store"

    beforeEach(async () => {
      inventory = getContainer().resolve(Modules.INVENTORY)
      const item = await inventory.createInventoryItems({ sku: "GUARD-1", title: "Guard" })
      itemId = item.id
      await inventory.createInventoryLevels([
        { inventory_item_id: itemId, location_id: WAREHOUSE, stocked_quantity: 10 },
        { inventory_item_id: itemId, location_id: STORE, stocked_quantity: 1 },
      ])
    })

    /** The level as stored, and the sum of its live reservations. */
    const level = async (location: string) => {
      const { rows } = await dbConnection.raw(
        `SELECT l.reserved_quantity, l.raw_reserved_quantity,
                (SELECT COALESCE(SUM(r.quantity), 0) FROM reservation_item r
                  WHERE r.inventory_item_id = l.inventory_item_id AND r.location_id = l.location_id
                    AND r.deleted_at IS NULL) AS live
           FROM inventory_level l
          WHERE l.inventory_item_id = ? AND l.location_id = ? AND l.deleted_at IS NULL`,
        [itemId, location]
      )
      return { reserved: Number(rows[0].reserved_quantity), raw: rows[0].raw_reserved_quantity, live: Number(rows[0].live) }
    }

    const reserve = (location: string, quantity = 1, allow_backorder = false) =>
      inventory.createReservationItems([{ inventory_item_id: itemId, location_id: location, quantity, allow_backorder }])

    /**
     * Runs the calls with the level row locked by the test until every one of them waits on it: they all read the
     * level (and pass Medusa's own check) before any of them writes it, the interleaving of two servers.
     */
    const interleaved = async <T>(location: string, calls: (() => Promise<T>)[]) => {
      const hold = await dbConnection.transaction()
      await hold.raw("SELECT id FROM inventory_level WHERE inventory_item_id = ? AND location_id = ? FOR UPDATE", [
        itemId,
        location,
      ])
      const settled = Promise.allSettled(calls.map((call) => call()))
      const deadline = Date.now() + 20000
      for (;;) {
        const { rows } = await dbConnection.raw(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`
        )
        if (rows[0].waiting >= calls.length || Date.now() > deadline) {
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      await hold.commit()
      return await settled
    }

    const setGuard = async (enabled: boolean) => {
      const verb = enabled ? "ENABLE" : "DISABLE"
      await dbConnection.raw(`ALTER TABLE inventory_level ${verb} TRIGGER passerelle_stock_guard`)
      await dbConnection.raw(`ALTER TABLE reservation_item ${verb} TRIGGER passerelle_stock_guard_reservation`)
    }

    it("is installed by the module, at its current version", async () => {
      const status = await getContainer().resolve<StockGuardModuleService>(STOCK_GUARD_MODULE).status()
      expect(status).toEqual({
        version: "passerelle-stock-guard v1",
        level_trigger: true,
        reservation_trigger: true,
        tables_exist: true,
      })
    })

    it("lets exactly one of two concurrent reservations of the last unit through", async () => {
      const results = await interleaved(STORE, [() => reserve(STORE), () => reserve(STORE)])
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"])
      const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!.reason
      expect(refused.code).toBe(GUARD_SQLSTATE)
      expect(refused.message).toContain(
        `passerelle_stock_guard: inventory item ${itemId} at location ${STORE} would have 2 reserved for 1 stocked`
      )
      expect(await level(STORE)).toEqual({ reserved: 1, raw: { value: "1", precision: 20 }, live: 1 })
    })

    it("refuses one of two plain concurrent calls (Promise.all, no lock): reserved stays 1", async () => {
      const results = await Promise.allSettled([reserve(STORE), reserve(STORE)])
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"])
      expect(await level(STORE)).toEqual(expect.objectContaining({ reserved: 1, live: 1 }))
    })

    it("without the guard Medusa oversells the last unit and loses an update (#16569)", async () => {
      await setGuard(false)
      const results = await interleaved(STORE, [() => reserve(STORE), () => reserve(STORE)])
      await setGuard(true)
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"])
      // two reservations of the one unit, and the level says one: each call wrote 0 + 1
      expect(await level(STORE)).toEqual(expect.objectContaining({ reserved: 1, live: 2 }))
    })

    it("heals the lost update: reserved is the sum of the reservations", async () => {
      const results = await interleaved(WAREHOUSE, [() => reserve(WAREHOUSE, 2), () => reserve(WAREHOUSE, 3)])
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"])
      expect(await level(WAREHOUSE)).toEqual({ reserved: 5, raw: { value: "5", precision: 20 }, live: 5 })
    })

    it("accepts a backorder-allowed reservation past the stock", async () => {
      await reserve(STORE, 1)
      await reserve(STORE, 2, true)
      expect(await level(STORE)).toEqual(expect.objectContaining({ reserved: 3, live: 3 }))
    })

    it("keeps reserved equal to the live reservations through Medusa's update, delete, soft delete and restore", async () => {
      const [first, second] = await inventory.createReservationItems([
        { inventory_item_id: itemId, location_id: WAREHOUSE, quantity: 2 },
        { inventory_item_id: itemId, location_id: WAREHOUSE, quantity: 3 },
      ])
      expect(await level(WAREHOUSE)).toEqual(expect.objectContaining({ reserved: 5, live: 5 }))
      await inventory.updateReservationItems({ id: first.id, quantity: 1 })
      expect(await level(WAREHOUSE)).toEqual(expect.objectContaining({ reserved: 4, live: 4 }))
      await inventory.softDeleteReservationItems([second.id])
      expect(await level(WAREHOUSE)).toEqual(expect.objectContaining({ reserved: 1, live: 1 }))
      await inventory.restoreReservationItems([second.id])
      expect(await level(WAREHOUSE)).toEqual(expect.objectContaining({ reserved: 4, live: 4 }))
      await inventory.deleteReservationItems([second.id])
      expect(await level(WAREHOUSE)).toEqual(expect.objectContaining({ reserved: 1, live: 1 }))
    })

    it("takes a moved reservation off its old location, which Medusa forgets to do", async () => {
      const [reservation] = await reserve(WAREHOUSE, 1)
      await inventory.updateReservationItems({ id: reservation.id, location_id: STORE })
      expect(await level(WAREHOUSE)).toEqual(expect.objectContaining({ reserved: 0, live: 0 }))
      expect(await level(STORE)).toEqual(expect.objectContaining({ reserved: 1, live: 1 }))
    })

    it("refuses to move a reservation to a location without the stock (Medusa checks nothing there)", async () => {
      await reserve(STORE, 1)
      const [reservation] = await reserve(WAREHOUSE, 1)
      const error = await inventory.updateReservationItems({ id: reservation.id, location_id: STORE }).catch((e) => e)
      expect(error.code).toBe(GUARD_SQLSTATE)
      expect(await level(STORE)).toEqual(expect.objectContaining({ reserved: 1, live: 1 }))
      expect(await level(WAREHOUSE)).toEqual(expect.objectContaining({ reserved: 1, live: 1 }))
    })

    it("lets the stock drop below what is reserved (a count, a breakage), and reservations be released", async () => {
      const [reservation] = await reserve(STORE, 1)
      await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: STORE, stocked_quantity: 0 }])
      expect(await level(STORE)).toEqual(expect.objectContaining({ reserved: 1, live: 1 }))
      await inventory.deleteReservationItems([reservation.id])
      expect(await level(STORE)).toEqual(expect.objectContaining({ reserved: 0, live: 0 }))
    })
  },
})
