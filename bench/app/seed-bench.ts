/**
 * The benchmark data set (`npm run seed:bench`, which runs this with `medusa exec` in the backend): a sales
 * channel of its own with a publishable key, 50 stores (stock locations with a store profile, offering pickup)
 * and a warehouse, 500 products of 12 variants each (6,000 variants), and one inventory level per variant at
 * every store and at the warehouse. It lives beside the demo without touching it.
 *
 * Idempotent: every record is found again by a natural key (channel name, key title, location name, store code,
 * product handle, item and location of a level) and only what is missing is created, so an interrupted run
 * resumes. Once complete, a second run says so and only checks the checkout set-up (seed-checkout.ts).
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { createAssociateWorkflow, createStoreProfilesWorkflow, updateStoreProfileWorkflow } from "@passerelle/medusa-plugin-stores/workflows"
import { ensureProductsIndexBuilt, rebuildProductsIndex } from "@passerelle/medusa-plugin-catalog-search/utils/rebuild-products-index"
import { ensureAdminLogin } from "../../backend/src/scripts/demo/seed-admin-user"
import { BENCH } from "./bench-data"
import { Progress } from "./progress"
import { seedCheckout } from "./seed-checkout"

type Ids = { channelId: string; locationIds: string[]; warehouseId: string }

export default async function seedBench({ container }: ExecArgs): Promise<void> {
  const started = Date.now()
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: BENCH.channelName })
  const complete = !!(existing?.metadata as Record<string, unknown> | null)?.bench_complete
  // The seed's events need an index version to land in (they are ignored: live indexing is off for the run).
  await ensureProductsIndexBuilt(container)

  const channelId = existing?.id ?? (await createChannel(container))
  await ensurePublishableKey(container, channelId)
  const posChannelId = await ensurePosChannel(container)
  const { locationIds, warehouseId } = await seedLocations(container, channelId, posChannelId)
  await seedStores(container, posChannelId, locationIds)
  const shippingProfileId = await defaultShippingProfile(container)
  if (complete) {
    process.stderr.write(
      `[bench] the availability data set is already in this database (sales channel "${BENCH.channelName}": ` +
        `${BENCH.products} products, ${BENCH.products * BENCH.variantsPerProduct} variants, ${BENCH.stores} stores); ` +
        "`npm run reset` wipes the embedded database.\n"
    )
  } else {
    const productIds = await seedProducts(container, channelId, shippingProfileId)
    await seedLevels(container, productIds, [...locationIds, warehouseId])
    await salesChannels.updateSalesChannels(channelId, {
      metadata: { bench_complete: true, seeded_at: new Date().toISOString() },
    })
  }
  await seedCheckout(container, { channelId, locationIds, warehouseId, shippingProfileId })
  // bench:search changes stock through the admin API, as a merchandiser would.
  await ensureAdminLogin(container, BENCH.admin, { first_name: "Bench", last_name: "Admin" })
  await ensureBenchAssociate(container)
  const indexing = Date.now()
  const { rebuilt, reason } = await rebuildProductsIndex(container)
  process.stderr.write(
    rebuilt
      ? `[bench] products search index rebuilt in ${((Date.now() - indexing) / 1000).toFixed(0)} s\n`
      : `[bench] products search index not rebuilt: ${reason}\n`
  )
  process.stderr.write(`[bench] done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`)
}

async function createChannel(container: MedusaContainer): Promise<string> {
  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: BENCH.channelName, description: "Benchmark data set (npm run seed:bench)" }] },
  })
  return channel.id
}

/**
 * The channel the bench stores' tills sell through. A store profile's channel is its POS channel, and click & collect
 * offers pickup in a store's other (web) channels only: the bench channel can't be the stores' own.
 */
async function ensurePosChannel(container: MedusaContainer): Promise<string> {
  const [pos] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: BENCH.posChannelName })
  if (pos) {
    return pos.id
  }
  const { result: [created] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: BENCH.posChannelName, description: "Bench stores' tills (npm run seed:bench)" }] },
  })
  return created.id
}

/** The bench's publishable key, selling through the bench channel only. */
async function ensurePublishableKey(container: MedusaContainer, channelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const read = async () =>
    (await query.graph({
      entity: "api_key",
      fields: ["id", "sales_channels.id"],
      filters: { title: BENCH.keyTitle, type: "publishable" },
    })).data[0] as { id: string; sales_channels?: { id: string }[] } | undefined
  let key = await read()
  if (!key) {
    await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: BENCH.keyTitle, type: "publishable", created_by: "seed:bench" }] },
    })
    key = await read()
  }
  if (!(key!.sales_channels ?? []).some((channel) => channel?.id === channelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key!.id, add: [channelId] } })
  }
}

/** 50 store locations and a warehouse, each linked to the bench channel; the stores to the POS channel too. */
async function seedLocations(
  container: MedusaContainer,
  channelId: string,
  posChannelId: string
): Promise<Omit<Ids, "channelId">> {
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const wanted = [...BENCH.storeList().map((store) => store.locationName), BENCH.warehouseName]
  const found = async () =>
    new Map((await stockLocations.listStockLocations({ name: wanted }, { select: ["id", "name"] })).map((l) => [l.name, l.id]))
  let byName = await found()
  const missing = [...BENCH.storeList(), { locationName: BENCH.warehouseName, city: "Bench warehouse", postalCode: "69000" }]
    .filter((store) => !byName.has(store.locationName))
  if (missing.length) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: missing.map((store) => ({
          name: store.locationName,
          address: { address_1: "1 Rue du Banc d'Essai", city: store.city, postal_code: store.postalCode, country_code: "fr" },
        })),
      },
    })
    await container.resolve(ContainerRegistrationKeys.LINK).create(
      result.map((location) => ({
        [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      }))
    )
    byName = await found()
  }
  const locationIds = BENCH.storeList().map((store) => byName.get(store.locationName)!)
  // Earlier bench seeds linked the stores to the bench channel only.
  const { data: linked } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id"],
    filters: { id: locationIds },
  })
  const withoutPos = (linked as { id: string; sales_channels?: ({ id: string } | null)[] }[])
    .filter((location) => !(location.sales_channels ?? []).some((channel) => channel?.id === posChannelId))
    .map((location) => location.id)
  if (withoutPos.length) {
    await container.resolve(ContainerRegistrationKeys.LINK).create(
      withoutPos.map((id) => ({
        [Modules.SALES_CHANNEL]: { sales_channel_id: posChannelId },
        [Modules.STOCK_LOCATION]: { stock_location_id: id },
      }))
    )
  }
  return { locationIds, warehouseId: byName.get(BENCH.warehouseName)! }
}

/** A store profile per store location, through the stores plugin's workflow, selling through the POS channel. */
async function seedStores(container: MedusaContainer, posChannelId: string, locationIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stores = BENCH.storeList()
  const { data } = await query.graph({
    entity: "store_profile",
    fields: ["id", "code", "sales_channel.id"],
    filters: { code: stores.map((s) => s.code) },
  })
  const profiles = data as { id: string; code: string; sales_channel?: { id: string } | null }[]
  const have = new Set(profiles.map((profile) => profile.code))
  const missing = stores.map((store, index) => ({ store, locationId: locationIds[index] })).filter(({ store }) => !have.has(store.code))
  if (missing.length) {
    await createStoreProfilesWorkflow(container).run({
      input: {
        profiles: missing.map(({ store, locationId }) => ({
          code: store.code,
          name: store.name,
          timezone: "Europe/Paris",
          latitude: store.latitude,
          longitude: store.longitude,
          offers_pickup: true,
          opening_hours: BENCH.openingHours,
          stock_location_id: locationId,
          sales_channel_id: posChannelId,
        })),
      },
    })
  }
  // Earlier bench seeds gave the stores the bench channel as their own.
  const moved = profiles.filter((profile) => profile.sales_channel?.id !== posChannelId)
  for (const profile of moved) {
    await updateStoreProfileWorkflow(container).run({ input: { id: profile.id, sales_channel_id: posChannelId } })
  }
  process.stderr.write(
    `[bench] ${stores.length} stores (${missing.length} created${moved.length ? `, ${moved.length} moved to the POS channel` : ""})\n`
  )
}

/** 500 products of 12 variants, created in batches; returns every bench product's id. */
async function seedProducts(container: MedusaContainer, channelId: string, shippingProfileId: string): Promise<string[]> {
  const products = container.resolve(Modules.PRODUCT)
  const handles = BENCH.productList().map((product) => product.handle)
  const existing = new Map(
    (await products.listProducts({ handle: handles }, { select: ["id", "handle"], take: handles.length })).map((p) => [p.handle, p.id])
  )
  const missing = BENCH.productList().filter((product) => !existing.has(product.handle))
  const progress = new Progress("products", BENCH.products)
  progress.update(BENCH.products - missing.length)
  for (let start = 0; start < missing.length; start += BENCH.productBatch) {
    const batch = missing.slice(start, start + BENCH.productBatch)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((product) => ({
          title: product.title,
          handle: product.handle,
          status: "published" as const,
          shipping_profile_id: shippingProfileId,
          sales_channels: [{ id: channelId }],
          options: [
            { title: "Colour", values: BENCH.colours.map((c) => c.name) },
            { title: "Size", values: [...BENCH.sizes] },
          ],
          variants: product.variants.map((variant) => ({
            title: `${variant.colour} / ${variant.size}`,
            sku: variant.sku,
            manage_inventory: true,
            options: { Colour: variant.colour, Size: variant.size },
            prices: [{ currency_code: "eur", amount: product.price }],
          })),
        })),
      },
    })
    for (const product of result) {
      existing.set(product.handle, product.id)
    }
    progress.update(BENCH.products - missing.length + start + batch.length)
  }
  progress.done()
  return handles.map((handle) => existing.get(handle)!)
}

async function defaultShippingProfile(container: MedusaContainer): Promise<string> {
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (profile) {
    return profile.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}

/** One inventory level per variant per location, in bulk module calls; only the missing ones. */
/** An associate at BEN-002, for bench:search's barcode scans on the tablet. */
async function ensureBenchAssociate(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { email, password, storeCode, employeeCode } = BENCH.associate
  const { data: existing } = await query.graph({ entity: "associate", fields: ["id"], filters: { email } })
  if (existing.length) {
    return
  }
  const { data: [store] } = await query.graph({ entity: "store_profile", fields: ["id"], filters: { code: storeCode } })
  await createAssociateWorkflow(container).run({
    input: { first_name: "Bench", last_name: "Associate", email, employee_code: employeeCode, role: "associate", password, home_store_id: store.id },
  })
}

async function seedLevels(container: MedusaContainer, productIds: string[], locationIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const itemIds: string[] = []
  for (let start = 0; start < productIds.length; start += 100) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["inventory_items.inventory_item_id"],
      filters: { product_id: productIds.slice(start, start + 100) },
    })
    for (const variant of data as { inventory_items?: { inventory_item_id: string }[] }[]) {
      itemIds.push(...(variant.inventory_items ?? []).map((item) => item.inventory_item_id))
    }
  }

  const total = itemIds.length * locationIds.length
  const progress = new Progress("inventory levels", total)
  let done = 0
  const itemsPerBatch = Math.max(1, Math.floor(BENCH.levelBatch / locationIds.length))
  for (let start = 0; start < itemIds.length; start += itemsPerBatch) {
    const items = itemIds.slice(start, start + itemsPerBatch)
    const have = new Set(
      (
        await inventory.listInventoryLevels(
          { inventory_item_id: items, location_id: locationIds },
          { select: ["inventory_item_id", "location_id"], take: items.length * locationIds.length }
        )
      ).map((level) => `${level.inventory_item_id}:${level.location_id}`)
    )
    const missing = items.flatMap((inventory_item_id) =>
      locationIds
        .filter((location_id) => !have.has(`${inventory_item_id}:${location_id}`))
        .map((location_id) => ({
          inventory_item_id,
          location_id,
          stocked_quantity: BENCH.stockFor(inventory_item_id, location_id),
        }))
    )
    if (missing.length) {
      await inventory.createInventoryLevels(missing)
    }
    done += items.length * locationIds.length
    progress.update(done)
  }
  progress.done()
}
