import type { CreatePriceListWorkflowInputDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PriceListStatus, PriceListType } from "@medusajs/framework/utils"
import { createPriceListsWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_PRODUCTS } from "./catalog-data"
import {
  DEMO_CURRENCY_CODE,
  LOCAL_STORE_OFFER,
  SALE_PRICE_LIST,
  WELCOME_PROMOTION,
} from "./constants"
import { Catalog } from "./seed-catalog"
import { createdNote, DemoSeedContext, logProgress } from "./seed-context"
import { SalesChannels } from "./seed-sales-channels"
import { allDemoVariants } from "./variant-matrix"

/** The sale price of a shelf price, rounded to the cent. */
export function salePrice(price: number, percentOff: number = SALE_PRICE_LIST.percentOff): number {
  return Math.round(price * (100 - percentOff)) / 100
}

/**
 * The merchandiser's price tools, set once for every channel: a sale price list with no channel
 * rule, a promotion code anyone can use, and the one deliberate exception, the automatic "local
 * store offer" that only the stores' channel gets.
 */
export async function seedPricing(
  context: DemoSeedContext,
  { channels, catalog }: { channels: SalesChannels; catalog: Catalog }
): Promise<void> {
  const { container } = context
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const promotionService = container.resolve(Modules.PROMOTION)
  let created = 0

  const {
    data: [saleList],
  } = await query.graph({
    entity: "price_list",
    fields: ["id"],
    filters: { title: SALE_PRICE_LIST.title },
  })
  const saleVariants = allDemoVariants().filter((v) =>
    (SALE_PRICE_LIST.handles as readonly string[]).includes(v.productHandle)
  )
  if (!saleList) {
    // The workflow's input type omits `type`, but its step hands every field to the Pricing Module
    // (as the admin route does); SALE is also the module's default, stated here for the reader.
    const saleListInput: CreatePriceListWorkflowInputDTO & { type: PriceListType } = {
      title: SALE_PRICE_LIST.title,
      description: SALE_PRICE_LIST.description,
      type: PriceListType.SALE,
      status: PriceListStatus.ACTIVE,
      // No rules: a sale list without a sales-channel rule applies in every channel.
      prices: saleVariants.map((v) => ({
        variant_id: catalog.variantIds[v.sku],
        currency_code: DEMO_CURRENCY_CODE,
        amount: salePrice(v.price),
      })),
    }
    await createPriceListsWorkflow(container).run({ input: { price_lists_data: [saleListInput] } })
    created++
  }

  const codes = [WELCOME_PROMOTION.code, LOCAL_STORE_OFFER.code]
  const existing = await promotionService.listPromotions({ code: codes }, { select: ["id", "code"] })
  const has = (code: string) => existing.some((p) => p.code === code)
  const knitwearIds = LOCAL_STORE_OFFER.categoryHandles.map((handle) => catalog.categoryIds[handle])

  const promotions = [
    !has(WELCOME_PROMOTION.code) && {
      code: WELCOME_PROMOTION.code,
      type: "standard" as const,
      status: "active" as const,
      is_automatic: false,
      // Our prices include VAT, so the discount is taken off VAT-inclusive amounts as well.
      is_tax_inclusive: true,
      application_method: {
        type: "percentage" as const,
        target_type: "order" as const,
        allocation: "across" as const,
        value: WELCOME_PROMOTION.percentOff,
      },
    },
    !has(LOCAL_STORE_OFFER.code) && {
      code: LOCAL_STORE_OFFER.code,
      type: "standard" as const,
      status: "active" as const,
      is_automatic: true,
      is_tax_inclusive: true,
      // Cart-level rule on the cart's sales channel: the cart promotion context exposes
      // `sales_channel_id` (cartFieldsForRefreshSteps), the attribute the admin's "Sales Channel" rule uses.
      rules: [
        {
          attribute: LOCAL_STORE_OFFER.ruleAttribute,
          operator: "in" as const,
          values: [channels.posId],
        },
      ],
      application_method: {
        type: "percentage" as const,
        target_type: "items" as const,
        allocation: "across" as const,
        value: LOCAL_STORE_OFFER.percentOff,
        target_rules: [
          { attribute: "items.product.categories.id", operator: "in" as const, values: knitwearIds },
        ],
      },
    },
  ].filter((p) => !!p)

  if (promotions.length) {
    await createPromotionsWorkflow(container).run({ input: { promotionsData: promotions } })
    created += promotions.length
  }

  const saleProducts = DEMO_PRODUCTS.filter((p) =>
    (SALE_PRICE_LIST.handles as readonly string[]).includes(p.handle)
  ).length
  logProgress(
    context,
    "pricing",
    `one EUR price per variant; "${SALE_PRICE_LIST.title}" −${SALE_PRICE_LIST.percentOff} % on ${saleProducts} products ` +
      `(${saleVariants.length} variants), code ${WELCOME_PROMOTION.code}, automatic ${LOCAL_STORE_OFFER.code} ` +
      `in Stores (POS) only (${createdNote(created)})`
  )
}
