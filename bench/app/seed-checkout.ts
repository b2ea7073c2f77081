/**
 * What the checkout benchmark (`npm run bench:checkout`) needs beside the availability data set: a region selling in
 * France, each bench store's pickup option, home delivery from the bench warehouse, and a product with deep stock
 * at the pickup store and the warehouse. Idempotent, like the rest of the seed: each record is found again by its
 * name, code or handle; the checkout stock is topped up once half of it is gone.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  updateInventoryLevelsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createStorePickupOptionWorkflow } from "@passerelle/medusa-plugin-click-collect/workflows"
import { seedStoreAndRegion } from "../../backend/src/scripts/demo/seed-store-and-region"
import { BENCH } from "./bench-data"

export type CheckoutSeedInput = {
  channelId: string
  locationIds: string[]
  warehouseId: string
  shippingProfileId: string
}

const MANUAL_FULFILLMENT_PROVIDER_ID = "manual_manual"
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`)

export async function seedCheckout(container: MedusaContainer, input: CheckoutSeedInput): Promise<void> {
  await ensureRegion(container)
  await ensurePickupOptions(container, input.shippingProfileId)
  await ensureWarehouseDelivery(container, input.warehouseId, input.shippingProfileId)
  await ensureCheckoutProduct(container, input)
}

/**
 * A region selling in France: the one there is, else the demo's own (its store-and-region step), so that the demo
 * seeded later into this database finds its region instead of failing on France being taken.
 */
async function ensureRegion(container: MedusaContainer) {
  const regions = await container.resolve(Modules.REGION).listRegions({}, { relations: ["countries"] })
  const french = regions.find((region) => (region.countries ?? []).some((country) => country.iso_2 === "fr"))
  if (french) {
    say(`region: ${french.name} sells in France`)
    return
  }
  await seedStoreAndRegion({ container, log: (line) => say(line) })
}

async function ensurePickupOptions(container: MedusaContainer, shippingProfileId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: profiles } = await query.graph({
    entity: "store_profile",
    fields: ["id"],
    filters: { code: BENCH.storeList().map((store) => store.code) },
  })
  let created = 0
  let updated = 0
  for (const profile of profiles as { id: string }[]) {
    const { result } = await createStorePickupOptionWorkflow(container).run({
      input: { store_profile_id: profile.id, shipping_profile_id: shippingProfileId },
    })
    created += result.created ? 1 : 0
    updated += result.channels_updated ? 1 : 0
  }
  say(`pickup options: ${profiles.length} stores (${created} created, ${updated} given the bench channel)`)
}

type Named = { id: string; name: string }
type SetRow = Named & { service_zones?: ((Named & { shipping_options?: (Named | null)[] | null }) | null)[] | null }

/** Home delivery from the bench warehouse to France: the other side of the comparison. */
async function ensureWarehouseDelivery(container: MedusaContainer, warehouseId: string, shippingProfileId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { checkout } = BENCH
  const read = async () => {
    const { data: [location] } = await query.graph({
      entity: "stock_location",
      fields: [
        "id",
        "fulfillment_providers.id",
        "fulfillment_sets.id",
        "fulfillment_sets.name",
        "fulfillment_sets.service_zones.id",
        "fulfillment_sets.service_zones.name",
        "fulfillment_sets.service_zones.shipping_options.id",
        "fulfillment_sets.service_zones.shipping_options.name",
      ],
      filters: { id: warehouseId },
    })
    const row = location as { fulfillment_providers?: ({ id: string } | null)[]; fulfillment_sets?: (SetRow | null)[] }
    const set = (row.fulfillment_sets ?? []).find((s) => s?.name === checkout.deliverySetName) ?? null
    const zone = (set?.service_zones ?? []).find((z) => z?.name === checkout.deliveryZoneName) ?? null
    return {
      hasProvider: (row.fulfillment_providers ?? []).some((p) => p?.id === MANUAL_FULFILLMENT_PROVIDER_ID),
      set,
      zone,
      option: (zone?.shipping_options ?? []).find((o) => o?.name === checkout.deliveryOptionName) ?? null,
    }
  }
  let state = await read()
  if (state.option) {
    say(`home delivery: "${checkout.deliveryOptionName}" from ${BENCH.warehouseName} already there`)
    return
  }
  if (!state.hasProvider) {
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: warehouseId },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER_ID },
        },
      ],
    })
  }
  if (!state.set) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: warehouseId, fulfillment_set_data: { name: checkout.deliverySetName, type: "shipping" } },
    })
    state = await read()
  }
  if (!state.zone) {
    await createServiceZonesWorkflow(container).run({
      input: {
        data: [
          {
            name: checkout.deliveryZoneName,
            fulfillment_set_id: state.set!.id,
            geo_zones: [{ type: "country" as const, country_code: "fr" }],
          },
        ],
      },
    })
    state = await read()
  }
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: checkout.deliveryOptionName,
        price_type: "flat" as const,
        provider_id: MANUAL_FULFILLMENT_PROVIDER_ID,
        service_zone_id: state.zone!.id,
        shipping_profile_id: shippingProfileId,
        type: { label: "Home delivery", description: "Delivered from the bench warehouse", code: "bench-delivery" },
        prices: [{ currency_code: "eur", amount: checkout.deliveryPrice }],
        rules: [
          { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
          { attribute: "is_return", operator: "eq" as const, value: "false" },
        ],
      },
    ],
  })
  say(`home delivery: "${checkout.deliveryOptionName}" from ${BENCH.warehouseName} created`)
}

/**
 * The product both sides buy: 12 variants with a level at every bench location like the others (so Medusa's own
 * placement picks among them as it would), and deep stock at the pickup store and the warehouse, where the plugins
 * move the reservations. Each completed cart keeps its units reserved, so the seed tops them up once half is gone.
 */
async function ensureCheckoutProduct(container: MedusaContainer, input: CheckoutSeedInput) {
  const { checkout } = BENCH
  const products = container.resolve(Modules.PRODUCT)
  const inventory = container.resolve(Modules.INVENTORY)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variants = BENCH.colours.flatMap((colour) =>
    BENCH.sizes.map((size) => ({ sku: `${checkout.style}-${colour.code}-${size}`, colour: colour.name, size }))
  )
  const [existing] = await products.listProducts({ handle: checkout.handle }, { select: ["id"] })
  let productId = existing?.id
  if (!productId) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: checkout.title,
            handle: checkout.handle,
            status: "published" as const,
            shipping_profile_id: input.shippingProfileId,
            sales_channels: [{ id: input.channelId }],
            options: [
              { title: "Colour", values: BENCH.colours.map((c) => c.name) },
              { title: "Size", values: [...BENCH.sizes] },
            ],
            variants: variants.map((variant) => ({
              title: `${variant.colour} / ${variant.size}`,
              sku: variant.sku,
              manage_inventory: true,
              options: { Colour: variant.colour, Size: variant.size },
              prices: [{ currency_code: "eur", amount: checkout.price }],
            })),
          },
        ],
      },
    })
    productId = result[0].id
  }

  const { data: rows } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { product_id: productId },
  })
  const itemIds = (rows as { inventory_items?: { inventory_item_id: string }[] }[]).flatMap((variant) =>
    (variant.inventory_items ?? []).map((item) => item.inventory_item_id)
  )
  const storeIndex = BENCH.storeList().findIndex((store) => store.code === checkout.storeCode)
  const deep = new Set([input.locationIds[storeIndex], input.warehouseId])
  const locationIds = [...input.locationIds, input.warehouseId]
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: itemIds, location_id: locationIds },
    { take: itemIds.length * locationIds.length }
  )
  const have = new Map(levels.map((level) => [`${level.inventory_item_id}:${level.location_id}`, level]))
  const missing = itemIds.flatMap((inventory_item_id) =>
    locationIds
      .filter((location_id) => !have.has(`${inventory_item_id}:${location_id}`))
      .map((location_id) => ({
        inventory_item_id,
        location_id,
        stocked_quantity: deep.has(location_id) ? checkout.stock : BENCH.stockFor(inventory_item_id, location_id),
      }))
  )
  if (missing.length) {
    await inventory.createInventoryLevels(missing)
  }
  const lowOnes = levels
    .filter((level) => deep.has(level.location_id))
    .filter((level) => Number(level.stocked_quantity) - Number(level.reserved_quantity) < checkout.stock / 2)
  if (lowOnes.length) {
    await updateInventoryLevelsWorkflow(container).run({
      input: {
        updates: lowOnes.map((level) => ({
          inventory_item_id: level.inventory_item_id,
          location_id: level.location_id,
          stocked_quantity: Number(level.reserved_quantity) + checkout.stock,
        })),
      },
    })
  }
  say(
    `checkout product ${checkout.handle}: ${variants.length} variants, ${missing.length} levels created, ` +
      `${lowOnes.length} topped up to ${checkout.stock.toLocaleString("en")} available at ${checkout.storeCode} and the warehouse`
  )
}
