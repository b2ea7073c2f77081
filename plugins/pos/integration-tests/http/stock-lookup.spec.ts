import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  adminHeaders,
  createNetwork,
  failure,
  Network,
  signInNewAssociate,
} from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { createCatalog, SWEATER } from "../helpers/catalog"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let network: Network
    let paris: { headers: Record<string, string> }

    beforeEach(async () => {
      const container = getContainer()
      network = await createNetwork(container, [
        { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
        { code: "PAR-02", name: "Paris Rennes", city: "Paris", timezone: "Europe/Paris", latitude: 48.8503, longitude: 2.3303 },
        { code: "LYO-01", name: "Lyon", city: "Lyon", timezone: "Europe/Paris", latitude: 45.7607, longitude: 4.8357 },
      ])
      await createCatalog(container, network)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [variant] } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { sku: SWEATER.sku },
      })
      const itemId = (variant as any).inventory_items[0].inventory_item_id
      const set = (locationId: string, stocked_quantity: number) => ({
        inventory_item_id: itemId,
        location_id: locationId,
        stocked_quantity,
      })
      await updateInventoryLevelsWorkflow(container).run({
        input: {
          updates: [
            set(network.stores["PAR-01"].stock_location_id, 0),
            set(network.stores["PAR-02"].stock_location_id, 3),
            set(network.stores["LYO-01"].stock_location_id, 1),
            set(network.warehouseId, 12),
          ],
        },
      })
      paris = await signInNewAssociate(api, await adminHeaders(container, api), {
        email: "lea@example.com",
        employee_code: "E-1",
        home_store_id: network.stores["PAR-01"].id,
      })
    })

    it("tells the associate it's sold out here, at the store across town, and in the warehouse", async () => {
      const { data } = await api.get(`/pos/stock?barcode=${SWEATER.barcode}`, paris)
      expect(data.variant).toEqual(expect.objectContaining({ sku: SWEATER.sku, product_title: "Pull marin" }))
      expect(data.here).toEqual(expect.objectContaining({ store: expect.objectContaining({ code: "PAR-01" }), available: 0 }))
      expect(data.nearby.map((s: any) => [s.store.code, s.available])).toEqual([
        ["PAR-02", 3],
        ["LYO-01", 1],
      ])
      expect(data.nearby[0].distance_km).toBeLessThan(3)
      expect(data.warehouses).toEqual([expect.objectContaining({ available: 12 })])
    })

    it("finds the same figures by SKU, and answers an unknown code with 404", async () => {
      const { data } = await api.get(`/pos/stock?sku=${SWEATER.sku}`, paris)
      expect(data.nearby[0].available).toBe(3)
      const unknown = await failure(api.get("/pos/stock?sku=NOPE", paris))
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toBe("No product with SKU NOPE in the catalog")
      const ambiguous = await failure(api.get(`/pos/stock?sku=${SWEATER.sku}&barcode=${SWEATER.barcode}`, paris))
      expect(ambiguous.status).toBe(400)
    })
  },
})
