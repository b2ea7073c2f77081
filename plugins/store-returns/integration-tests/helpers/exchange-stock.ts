import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ReturnWorld } from "./return-world"

/** What an exchange can hand over: a dearer sweater, a cheaper one, and one only the warehouse has. */
export const PREMIUM = { sku: "PMP-M", title: "Pull marin premium", price: 95 }
export const LIGHT = { sku: "PL-M", title: "Pull léger", price: 60 }
export const RARE = { sku: "PR-M", title: "Pull rare", price: 80 }

export type ExchangeStock = {
  variantIds: { premium: string; light: string; rare: string }
  itemIds: { premium: string; light: string; rare: string }
}

/**
 * Adds the exchange suite's products to the returns world, sold on the web and at the till: the premium and light
 * sweaters are on Lyon's shelf (2 each) and in the warehouse (10), the light one on Paris's too (2); the rare one is
 * in the warehouse only.
 */
export async function stockExchangeProducts(container: MedusaContainer, world: ReturnWorld): Promise<ExchangeStock> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [profile] } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { name: "Default" } })
  await createProductsWorkflow(container).run({
    input: {
      products: [PREMIUM, LIGHT, RARE].map((p) => ({
        title: p.title,
        status: "published" as const,
        shipping_profile_id: (profile as any).id,
        sales_channels: [{ id: world.network.webChannelId }, { id: world.network.posChannelId }],
        options: [{ title: "Size", values: ["M"] }],
        variants: [
          { title: "M", sku: p.sku, manage_inventory: true, options: { Size: "M" }, prices: [{ currency_code: "eur", amount: p.price }] },
        ],
      })),
    },
  })
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { sku: [PREMIUM.sku, LIGHT.sku, RARE.sku] },
  })
  const bySku = (sku: string) => (variants as any[]).find((v) => v.sku === sku)
  const itemOf = (sku: string) => bySku(sku).inventory_items[0].inventory_item_id as string
  const itemIds = { premium: itemOf(PREMIUM.sku), light: itemOf(LIGHT.sku), rare: itemOf(RARE.sku) }
  const lyon = world.network.stores["LYO-01"].stock_location_id
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [
        ...Object.values(itemIds).map((inventory_item_id) => ({ inventory_item_id, location_id: world.network.warehouseId, stocked_quantity: 10 })),
        { inventory_item_id: itemIds.premium, location_id: lyon, stocked_quantity: 2 },
        { inventory_item_id: itemIds.light, location_id: lyon, stocked_quantity: 2 },
        { inventory_item_id: itemIds.light, location_id: world.network.stores["PAR-01"].stock_location_id, stocked_quantity: 2 },
      ],
    },
  })
  return {
    variantIds: { premium: bySku(PREMIUM.sku).id, light: bySku(LIGHT.sku).id, rare: bySku(RARE.sku).id },
    itemIds,
  }
}

/** What an exchange left on an order: Medusa's exchanges, fulfilments, payments and the money figures. */
export async function exchangeTrail(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_status",
      "total",
      "summary.*",
      "fulfillments.id",
      "items.id",
      "payment_collections.status",
      "payment_collections.payments.amount",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  const { data: exchanges } = await query.graph({
    entity: "order_exchange",
    fields: ["id", "canceled_at"],
    filters: { order_id: orderId },
  })
  const payments = ((order as any).payment_collections ?? []).flatMap((c: any) => c.payments ?? [])
  return {
    order: order as any,
    exchanges: (exchanges as any[]).filter((e) => !e.canceled_at),
    fulfillments: ((order as any).fulfillments ?? []).length as number,
    captures: payments.flatMap((p: any) => (p.captures ?? []).map((c: any) => Number(c.amount))).sort((a: number, b: number) => a - b),
    refunds: payments.flatMap((p: any) => (p.refunds ?? []).map((r: any) => Number(r.amount))),
  }
}
