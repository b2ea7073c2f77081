import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import {
  ageDelivery,
  cashSaleAtParis,
  collectAtParis,
  deliverFromWarehouse,
  openReturnWorld,
  placeWebOrder,
  returnTrail,
  ReturnWorld,
  stockedAt,
  Tablet,
  WELCOME_CODE,
} from "../helpers/return-world"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: ReturnWorld
    beforeEach(async () => {
      world = await openReturnWorld(getContainer(), api)
    })

    let keys = 0
    const withKey = (tablet: Tablet, key = `return-${Date.now()}-${++keys}`) => ({
      headers: { ...tablet.headers, "idempotency-key": key },
    })
    const lineOf = async (orderId: string, sku = "PM-M") => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({ entity: "order", fields: ["items.id", "items.variant_sku"], filters: { id: orderId } })
      return (order as any).items.find((i: any) => i.variant_sku === sku).id as string
    }
    const deliveredWebOrder = async (quantity = 1, daysAgo = 0, promo?: string) => {
      const orderId = await placeWebOrder(getContainer(), api, world, {
        items: [{ variant_id: world.variantIds.sweater, quantity }],
        optionId: world.warehouseDeliveryOptionId,
        promo,
      })
      await deliverFromWarehouse(getContainer(), world, orderId, daysAgo)
      return { orderId, lineId: await lineOf(orderId) }
    }
    const returnAt = (tablet: Tablet, body: Record<string, unknown>, key?: string) =>
      api.post("/pos/returns", body, withKey(tablet, key)).catch((error: any) => {
        throw Object.assign(new Error(`${error.message}: ${JSON.stringify(error.response?.data)}`), {
          response: { status: error.response?.status, data: error.response?.data },
        })
      })

    it("takes back a web order delivered from the warehouse at a store that never stocked it: a level appears there with +1, the warehouse is unchanged, the payment is refunded", async () => {
      const { orderId, lineId } = await deliveredWebOrder(2)
      const warehouseBefore = await stockedAt(getContainer(), world.itemIds.sweater, world.network.warehouseId)
      const lyonLocation = world.network.stores["LYO-01"].stock_location_id
      expect(await stockedAt(getContainer(), world.itemIds.sweater, lyonLocation)).toBeNull()

      const { status, data } = await returnAt(world.lyon, {
        order_id: orderId,
        lines: [{ line_item_id: lineId, quantity: 1, condition: "resellable" }],
        refund_method: "original",
      })

      expect(status).toBe(201)
      expect(data.store_return).toEqual(
        expect.objectContaining({
          order_id: orderId,
          status: "completed",
          location_id: lyonLocation,
          refund_method: "original",
          refund_amount: 80,
          lines: [expect.objectContaining({ line_item_id: lineId, quantity: 1, condition: "resellable" })],
        })
      )
      expect(data.refund).toEqual({ method: "original", amount: 80, currency_code: "eur", cash_to_hand_back: null })
      expect(await stockedAt(getContainer(), world.itemIds.sweater, lyonLocation)).toBe(1)
      expect(await stockedAt(getContainer(), world.itemIds.sweater, world.network.warehouseId)).toBe(warehouseBefore)
      const trail = await returnTrail(getContainer(), orderId)
      expect(trail.returns).toEqual(["received"])
      expect(trail.refunds).toEqual([80])

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [linked] } = await query.graph({
        entity: "store_return",
        fields: ["id", "return.id", "store_profile.code", "associate.email"],
        filters: { id: data.store_return.id },
      })
      expect(linked).toEqual(
        expect.objectContaining({
          return: expect.objectContaining({ id: data.store_return.return_id }),
          store_profile: expect.objectContaining({ code: "LYO-01" }),
          associate: expect.objectContaining({ email: "hugo@example.com" }),
        })
      )
    })
  },
})
