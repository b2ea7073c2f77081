import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStorePickupOptionWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import { adminHeaders, createNetwork } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import type { Page } from "playwright-core"
import { browserCheckSkipReason, signInToDashboard, useAdminDashboard } from "@passerelle/medusa-plugin-stores/testing/admin-browser"
import { createCatalog, setStock } from "../helpers/catalog"
import { placePickupOrder, waitForPickup } from "../helpers/pickup-orders"

// The first run builds the dashboard with the plugins' extensions; later runs reuse it.
jest.setTimeout(600 * 1000)

/**
 * The admin extensions in a real browser: the order page's pickup widget and the Pickups board, in Medusa's own
 * dashboard built with this plugin, against the test app. One order, one sign-in, both pages.
 */
const skipReason = browserCheckSkipReason()
if (skipReason) {
  describe("admin pickups in a browser", () => {
    it.skip(`skipped: ${skipReason}`, () => undefined)
  })
  // eslint-disable-next-line no-console
  console.log(`[admin-pickups-browser] skipped: ${skipReason}`)
} else medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    const admin = useAdminDashboard(() => api.defaults.baseURL!, {
      plugins: ["@passerelle/medusa-plugin-stores", "@passerelle/medusa-plugin-click-collect"],
      outDir: path.join(__dirname, "../../.medusa/test-admin"),
    })
    let page: Page

    it("shows a ready pickup on its order's page and on its store's board", async () => {
      const container = getContainer()
      const network = await createNetwork(container, [
        { code: "PAR-01", name: "Paris Marais", city: "Paris", timezone: "Europe/Paris", latitude: 48.8576, longitude: 2.3608 },
      ])
      const store = network.stores["PAR-01"]
      const catalog = await createCatalog(container, network, [{ title: "Pull marin", variants: [{ sku: "PM-M" }] }])
      await setStock(container, catalog, { "PM-M": { [store.stock_location_id]: 5 } })
      const {
        result: { shipping_option_id },
      } = await createStorePickupOptionWorkflow(container).run({
        input: { store_profile_id: store.id, shipping_profile_id: catalog.shippingProfileId },
      })
      const orderId = await placePickupOrder(api, {
        webKey: network.webKey,
        regionId: catalog.regionId,
        optionId: shipping_option_id!,
        items: [{ variant_id: catalog.variantIds["PM-M"], quantity: 1 }],
      })
      const pickup = await waitForPickup(container, orderId)
      const clickCollect = container.resolve("clickCollect") as any
      await clickCollect.updatePickups({
        id: pickup.id,
        status: "ready",
        ready_at: new Date(),
        code_hint: "7K",
        hold_until: new Date(Date.now() + 3 * 24 * 3600 * 1000),
      })
      await clickCollect.createPickupEvents([{ pickup_id: pickup.id, type: "ready", note: "Shelf B3" }])
      await adminHeaders(container, api) // creates merch@example.com

      page = await admin.browser.newPage()
      await signInToDashboard(page, admin.url)

      await page.goto(`${admin.url}/app/orders/${orderId}`)
      const widget = page.getByTestId("order-pickup-widget")
      await widget.waitFor()
      expect(await page.getByTestId("pickup-status").innerText()).toBe("Ready for pickup")
      expect(await page.getByTestId("pickup-store").innerText()).toBe("Paris Marais (PAR-01)")
      expect(await page.getByTestId("pickup-code-hint").innerText()).toBe("••••7K")
      expect(await page.getByTestId("pickup-hold-until").innerText()).not.toBe("—")
      const timeline = await page.getByTestId("pickup-timeline").innerText()
      expect(timeline).toContain("Order placed")
      expect(timeline).toContain("Shelf B3")
      expect(timeline.indexOf("Order placed")).toBeLessThan(timeline.indexOf("Ready for pickup"))

      // The sidebar entry leads to the board, which opens on the first store.
      await page.getByRole("link", { name: "Pickups" }).click()
      await page.waitForURL((url) => url.searchParams.get("store_id") === store.id)
      const ready = page.getByTestId("pickup-column-ready")
      await ready.getByTestId("pickup-card").waitFor()
      const card = await ready.getByTestId("pickup-card").innerText()
      expect(card).toContain("Camille Martin")
      expect(card).toContain("••••7K")
      expect(card).toMatch(/Waiting \d+ min/)
      expect(await page.getByTestId("pickup-column-placed").getByTestId("pickup-column-count").innerText()).toBe("0")
      expect(await ready.getByTestId("pickup-column-count").innerText()).toBe("1")
    })
  },
})
