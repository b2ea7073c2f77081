import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_CATEGORIES, DEMO_COLLECTIONS, DEMO_PRODUCTS } from "./catalog-data"
import { COLOUR_OPTION, DEMO_CURRENCY_CODE, SIZE_OPTION } from "./constants"
import { createdNote, DemoSeedContext, logProgress } from "./seed-context"
import { SalesChannels } from "./seed-sales-channels"
import { productChannels, productVariants, variantOptions } from "./variant-matrix"

export type Catalog = {
  categoryIds: Record<string, string>
  productIds: Record<string, string>
  variantIds: Record<string, string>
}

/**
 * Categories (two levels), collections and the products with their variants, one EUR price each
 * (the one price book every channel reads). Products missing by handle are created in a single
 * createProductsWorkflow run; Medusa creates an inventory item per variant as it goes.
 */
export async function seedCatalog(
  context: DemoSeedContext,
  { channels, shippingProfileId }: { channels: SalesChannels; shippingProfileId: string }
): Promise<Catalog> {
  const { container } = context
  const productService = container.resolve(Modules.PRODUCT)

  // Parents first: children need their parent's id.
  const categoryIds: Record<string, string> = {}
  const readCategories = async () => {
    const found = await productService.listProductCategories(
      { handle: DEMO_CATEGORIES.map((c) => c.handle) },
      { select: ["id", "handle"] }
    )
    for (const c of found) {
      categoryIds[c.handle] = c.id
    }
  }
  await readCategories()
  let createdCategories = 0
  for (const level of [DEMO_CATEGORIES.filter((c) => !c.parent), DEMO_CATEGORIES.filter((c) => c.parent)]) {
    const missing = level.filter((c) => !categoryIds[c.handle])
    if (!missing.length) {
      continue
    }
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          is_internal: false,
          parent_category_id: c.parent ? categoryIds[c.parent] : null,
        })),
      },
    })
    createdCategories += missing.length
    await readCategories()
  }

  const existingCollections = await productService.listProductCollections(
    { handle: DEMO_COLLECTIONS.map((c) => c.handle) },
    { select: ["id", "handle"] }
  )
  const missingCollections = DEMO_COLLECTIONS.filter(
    (c) => !existingCollections.some((e) => e.handle === c.handle)
  )
  let collections = existingCollections
  if (missingCollections.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: { collections: missingCollections.map((c) => ({ title: c.title, handle: c.handle })) },
    })
    collections = [...existingCollections, ...result]
  }
  const collectionIds = Object.fromEntries(collections.map((c) => [c.handle, c.id]))

  const channelIds = { web: channels.webStoreId, pos: channels.posId }
  const readProducts = () =>
    productService.listProducts(
      { handle: DEMO_PRODUCTS.map((p) => p.handle) },
      { select: ["id", "handle"], take: null }
    )
  let products = await readProducts()
  const missingProducts = DEMO_PRODUCTS.map((product, index) => ({ product, index })).filter(
    ({ product }) => !products.some((p) => p.handle === product.handle)
  )
  if (missingProducts.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missingProducts.map(({ product, index }) => ({
          title: product.title,
          handle: product.handle,
          description: product.description,
          status: ProductStatus.PUBLISHED,
          material: product.material,
          origin_country: product.originCountry,
          weight: product.weight,
          category_ids: [categoryIds[product.categoryHandle]],
          collection_id: collectionIds[product.collectionHandle],
          shipping_profile_id: shippingProfileId,
          sales_channels: productChannels(product.handle).map((key) => ({ id: channelIds[key] })),
          options: [
            { title: SIZE_OPTION, values: [...product.sizes] },
            {
              title: COLOUR_OPTION,
              values: [...new Set(productVariants(product, index).map((v) => v.colour))],
            },
          ],
          variants: productVariants(product, index).map((variant) => ({
            title: variant.title,
            sku: variant.sku,
            // `ean` is the typed GS1 field; `barcode` is what scanners and the POS search.
            ean: variant.ean,
            barcode: variant.ean,
            manage_inventory: true,
            allow_backorder: false,
            options: variantOptions(variant),
            prices: [{ currency_code: DEMO_CURRENCY_CODE, amount: variant.price }],
          })),
        })),
      },
    })
    products = await readProducts()
  }
  const productIds = Object.fromEntries(products.map((p) => [p.handle, p.id]))

  const variants = await productService.listProductVariants(
    { product_id: Object.values(productIds) },
    { select: ["id", "sku"], take: null }
  )
  const variantIds: Record<string, string> = {}
  for (const v of variants) {
    if (v.sku) {
      variantIds[v.sku] = v.id
    }
  }

  logProgress(
    context,
    "catalog",
    `${products.length} products, ${variants.length} variants, ${Object.keys(categoryIds).length} categories, ` +
      `${collections.length} collections (${createdNote(
        missingProducts.length + createdCategories + missingCollections.length
      )})`
  )
  return { categoryIds, productIds, variantIds }
}
