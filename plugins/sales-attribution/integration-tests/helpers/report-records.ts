import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { plainly } from "@passerelle/medusa-plugin-stores/testing/checkout"
import { PASSWORD } from "@passerelle/medusa-plugin-stores/testing/store-network"
import type { AxiosInstance } from "axios"
import { attributionService, type AttributionWorld, type TabletName } from "./attribution-world"

type Credit = {
  beneficiary: "associate" | "store" | "house"
  associate?: TabletName
  store?: "PAR-01" | "LYO-01" | "CC-01"
  amount: number
  kind?: "sale" | "return"
  at?: string
  superseded?: boolean
}

export type Placed = { id: string; channel: "web" | "pos"; base: number }

/**
 * October 2026 for the report suites (the expected figures are in reports.spec.ts): the records of a few real
 * orders on fixed dates, written with the module service (no engine: the report only sums what is written).
 * Orders are created with the order module, which emits no `order.placed`, so nothing else credits them.
 */
export async function seedOctober(container: MedusaContainer, world: AttributionWorld) {
  const orders = container.resolve(Modules.ORDER)
  const service = attributionService(container)
  const place = async (channel: "web" | "pos", amounts: number[]): Promise<Placed> => {
    const [order] = await orders.createOrders([
      {
        currency_code: "eur",
        region_id: world.regionId,
        email: "camille@example.com",
        sales_channel_id: channel === "web" ? world.network.webChannelId : world.network.posChannelId,
        items: amounts.map((amount, index) => ({ title: `Item ${index}`, quantity: 1, unit_price: amount })),
      },
    ])
    return { id: order.id, channel, base: amounts.reduce((sum, amount) => sum + amount, 0) }
  }
  const credit = async (order: Placed, rule: string, at: string, credits: Credit[]) => {
    const [header] = await service.createOrderAttributions([
      {
        order_id: order.id,
        rule,
        reason: `test credit (${rule})`,
        placed_at: new Date(at),
        sales_channel_id: order.channel === "web" ? world.network.webChannelId : world.network.posChannelId,
        currency_code: "eur",
        gross_amount: order.base,
      },
    ])
    await service.createAttributionRecords(
      credits.map((c) => ({
        order_attribution_id: header.id,
        order_id: order.id,
        kind: c.kind ?? "sale",
        beneficiary: c.beneficiary,
        associate_id: c.associate ? world.associateIds[c.associate] : null,
        store_id: c.store ? world.network.stores[c.store].id : null,
        sales_channel_id: order.channel === "web" ? world.network.webChannelId : world.network.posChannelId,
        currency_code: "eur",
        amount: c.kind === "return" ? -c.amount : c.amount,
        rule: c.beneficiary === "store" ? "click_collect_share" : rule,
        reason: `test ${c.kind ?? "sale"} for ${c.associate ?? c.store ?? "house"}`,
        occurred_at: new Date(c.at ?? at),
        superseded_at: c.superseded ? new Date("2026-10-09T08:00:00Z") : null,
      }))
    )
  }

  const a = await place("web", [80])
  await credit(a, "last_touch", "2026-10-05T10:00:00Z", [
    { beneficiary: "associate", associate: "lea", store: "PAR-01", amount: 80 },
    { beneficiary: "associate", associate: "lea", store: "PAR-01", amount: 40, kind: "return", at: "2026-10-20T09:00:00Z" },
  ])
  const b = await place("pos", [80, 10])
  await credit(b, "pos_sale", "2026-10-05T15:00:00Z", [{ beneficiary: "associate", associate: "hugo", store: "PAR-01", amount: 90 }])
  // 00:30 in Paris on 1 October: October's first sale.
  const c = await place("web", [90, 10])
  await credit(c, "split", "2026-09-30T22:30:00Z", [
    { beneficiary: "associate", associate: "lea", store: "PAR-01", amount: 50 },
    { beneficiary: "associate", associate: "ines", store: "CC-01", amount: 50 },
  ])
  // 00:30 in Paris on 1 November: not October's.
  const d = await place("web", [10])
  await credit(d, "house", "2026-10-31T23:30:00Z", [{ beneficiary: "house", amount: 10 }])
  // 23:30 in Paris on 30 September: not October's either.
  const h = await place("web", [80])
  await credit(h, "last_touch", "2026-09-30T21:30:00Z", [{ beneficiary: "associate", associate: "lea", store: "PAR-01", amount: 80 }])
  const e = await place("web", [80])
  await credit(e, "house", "2026-10-12T12:00:00Z", [
    { beneficiary: "store", store: "PAR-01", amount: 8 },
    { beneficiary: "house", amount: 72 },
  ])
  const f = await place("pos", [80])
  await credit(f, "pos_sale", "2026-10-07T10:00:00Z", [{ beneficiary: "associate", associate: "bruno", store: "LYO-01", amount: 80 }])
  // Rung up by Hugo, reassigned to Maud: Hugo's record stays, superseded, and no longer counts.
  const g = await place("pos", [80, 10])
  await credit(g, "override", "2026-10-08T10:00:00Z", [
    { beneficiary: "associate", associate: "hugo", store: "PAR-01", amount: 90, superseded: true },
    { beneficiary: "associate", associate: "maud", store: "PAR-01", amount: 90 },
  ])
  return { a, b, c, d, e, f, g, h }
}

export async function adminLogin(api: AxiosInstance) {
  const { data } = await plainly("log in as admin", api.post("/auth/user/emailpass", { email: "merch@example.com", password: PASSWORD }))
  return { headers: { authorization: `Bearer ${data.token}` } }
}
