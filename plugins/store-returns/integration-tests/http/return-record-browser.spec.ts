import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { browserCheckSkipReason, signInToDashboard, useAdminDashboard } from "@passerelle/medusa-plugin-stores/testing/admin-browser"
import {
  openReturnCounter,
  PARIS,
  placeDeliveredOrder,
  recordStoreReturn,
  signUpShopper,
} from "../helpers/record-store-return"

// The first run builds the dashboard with the plugins' extensions; later runs reuse it.
jest.setTimeout(600 * 1000)

const skipReason = browserCheckSkipReason()
if (skipReason) {
  describe("the order page's store returns in a browser", () => {
    it.skip(`skipped: ${skipReason}`, () => undefined)
  })
  // eslint-disable-next-line no-console
  console.log(`[return-record-browser] skipped: ${skipReason}`)
} else medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    const admin = useAdminDashboard(() => api.defaults.baseURL!, {
      plugins: ["@passerelle/medusa-plugin-stores", "@passerelle/medusa-plugin-click-collect", "@passerelle/medusa-plugin-store-returns"],
      outDir: path.join(__dirname, "../../.medusa/test-admin"),
    })

    it("shows on the order page where, by whom, in what condition and how a return was refunded", async () => {
      const container = getContainer()
      const counter = await openReturnCounter(container, api)
      const camille = await signUpShopper(api, counter, "camille@example.com", "Camille")
      const { orderId, lineItemId } = await placeDeliveredOrder(container, api, counter, camille, 1)
      await recordStoreReturn(container, counter, {
        orderId,
        storeCode: PARIS.code,
        associateId: counter.lea.id,
        lines: [{ line_item_id: lineItemId, quantity: 1, condition: "damaged", reason_id: counter.reasonId }],
        refund_method: "store_credit",
      })

      const page = await admin.browser.newPage({ locale: "en-US" })
      await signInToDashboard(page, admin.url)

      await page.goto(`${admin.url}/app/orders/${orderId}`)
      const widget = page.getByTestId("order-store-returns-widget")
      await widget.waitFor()
      expect(await widget.getByTestId("store-return-where").innerText()).toBe(
        "Returned in store Paris Marais (PAR-01) by lea Test"
      )
      expect(await widget.getByTestId("store-return-condition").innerText()).toBe("Damaged")
      expect(await widget.innerText()).toContain("1 × Pull marin · M (Too small)")
      expect(await widget.getByTestId("store-return-refund").innerText()).toBe("Refund: €50.00 to store credit")
    })
  },
})
