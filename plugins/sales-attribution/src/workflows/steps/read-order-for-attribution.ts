import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_FULFILLMENT_SET_TYPE } from "../../constants"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"
import { creditBaseMinor } from "../../utils/minor-units"
import { clickCollectStoreShareBasisPoints } from "../../utils/options"
import type { CandidateTouchpoint, PlanAttributionInput } from "../../utils/plan-attribution"

/** Everything the rules need about an order, gathered in one place so the planner stays pure. */
export type OrderForAttribution = {
  order_id: string
  placed_at: string
  currency_code: string
  decimal_digits: number
  sales_channel_id: string | null
  customer_id: string | null
  cart_id: string | null
  plan_input: PlanAttributionInput
}

/** Decimal digits of a currency (2 for EUR), from the currency module; 2 when unknown. */
export async function decimalDigitsOf(container: MedusaContainer, currencyCode: string): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [currency] } = await query.graph({
    entity: "currency",
    fields: ["code", "decimal_digits"],
    filters: { code: currencyCode.toLowerCase() },
  })
  const digits = Number((currency as any)?.decimal_digits)
  return Number.isInteger(digits) && digits >= 0 ? digits : 2
}

/** First names of associates and codes of stores, by id, for reason texts. */
export async function namesOf(container: MedusaContainer, associateIds: string[], storeIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const unique = (ids: string[]) => [...new Set(ids.filter(Boolean))]
  const [{ data: associates }, { data: stores }] = await Promise.all([
    unique(associateIds).length
      ? query.graph({ entity: "associate", fields: ["id", "first_name"], filters: { id: unique(associateIds) } })
      : Promise.resolve({ data: [] as any[] }),
    unique(storeIds).length
      ? query.graph({ entity: "store_profile", fields: ["id", "code"], filters: { id: unique(storeIds) } })
      : Promise.resolve({ data: [] as any[] }),
  ])
  return {
    firstName: (id: string | null) => (associates as any[]).find((a) => a.id === id)?.first_name ?? "an associate",
    storeCode: (id: string | null) => (stores as any[]).find((s) => s.id === id)?.code ?? "?",
  }
}

/** The store that hands a click & collect order over: its shipping option's pickup fulfilment set's location's profile. */
async function pickupStoreOf(container: MedusaContainer, shippingOptionIds: string[]) {
  if (!shippingOptionIds.length) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id"],
    filters: { id: shippingOptionIds },
  })
  const locationId = (options as any[]).find(
    (option) => option?.service_zone?.fulfillment_set?.type === PICKUP_FULFILLMENT_SET_TYPE
  )?.service_zone?.fulfillment_set?.location?.id
  if (!locationId) {
    return null
  }
  const { data: [location] } = await query.graph({
    entity: "stock_location",
    fields: ["id", "store_profile.id", "store_profile.code"],
    filters: { id: locationId },
  })
  const store = (location as any)?.store_profile
  return store?.id ? { id: store.id as string, code: store.code as string } : null
}

/**
 * Reads what the rules need about an order: the credit base (`total + credit_line_total − tax_total`, in minor
 * units), who rang it up when it is a POS sale (the pos plugin's order links), the pickup store of a click & collect
 * order, and the touchpoints that may earn it: those for its customer, for any customer with its email (a guest
 * checkout creates a second customer) or for its cart, whose window covers the order's placement.
 */
export const readOrderForAttributionStep = createStep(
  "read-order-for-attribution",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const { data: [order] } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "created_at",
        "currency_code",
        "email",
        "customer_id",
        "sales_channel_id",
        "sales_channel.name",
        "total",
        "tax_total",
        "credit_line_total",
        "cart.id",
        "associate.id",
        "associate.first_name",
        "store_profile.id",
        "store_profile.code",
        "shipping_methods.shipping_option_id",
      ],
      filters: { id: order_id },
    })
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} was not found`)
    }
    const o = order as any
    const decimalDigits = await decimalDigitsOf(container, o.currency_code)
    const placedAt = new Date(o.created_at)
    const cartId: string | null = o.cart?.id ?? null

    const posSale = o.associate?.id && o.store_profile?.id
      ? { associate_id: o.associate.id, first_name: o.associate.first_name, store_id: o.store_profile.id, store_code: o.store_profile.code }
      : null

    let customerIds: string[] = o.customer_id ? [o.customer_id] : []
    if (o.email) {
      const { data: sameEmail } = await query.graph({ entity: "customer", fields: ["id"], filters: { email: o.email } })
      customerIds = [...new Set([...customerIds, ...(sameEmail as any[]).map((c) => c.id as string)])]
    }

    let touchpoints: CandidateTouchpoint[] = []
    if (!posSale && (customerIds.length || cartId)) {
      const matches: Record<string, unknown>[] = []
      if (customerIds.length) {
        matches.push({ customer_id: customerIds })
      }
      if (cartId) {
        matches.push({ cart_id: cartId })
      }
      const found = await service.listTouchpoints(
        { $or: matches, occurred_at: { $lte: placedAt }, expires_at: { $gt: placedAt } } as any,
        { relations: ["shared_cart"] }
      )
      const names = await namesOf(container, found.map((t) => t.associate_id), found.map((t) => t.store_id))
      touchpoints = found.map((t: any) => ({
        id: t.id,
        kind: t.kind,
        associate_id: t.associate_id,
        first_name: names.firstName(t.associate_id),
        store_id: t.store_id,
        store_code: names.storeCode(t.store_id),
        contact: t.contact ?? null,
        shared_cart_id: t.shared_cart?.id ?? null,
        customer_id: t.customer_id ?? null,
        cart_id: t.cart_id ?? null,
        occurred_at: new Date(t.occurred_at).toISOString(),
        expires_at: new Date(t.expires_at).toISOString(),
      }))
    }

    const optionIds = (o.shipping_methods ?? []).map((m: any) => m?.shipping_option_id).filter(Boolean)
    const pickupStore = posSale ? null : await pickupStoreOf(container, optionIds)
    const options = service.options
    const result: OrderForAttribution = {
      order_id,
      placed_at: placedAt.toISOString(),
      currency_code: o.currency_code,
      decimal_digits: decimalDigits,
      sales_channel_id: o.sales_channel_id ?? null,
      customer_id: o.customer_id ?? null,
      cart_id: cartId,
      plan_input: {
        order: {
          placed_at: placedAt.toISOString(),
          base_minor: creditBaseMinor(o, decimalDigits),
          customer_ids: customerIds,
          cart_id: cartId,
          sales_channel_name: o.sales_channel?.name ?? null,
        },
        pos_sale: posSale,
        pickup_store: pickupStore,
        touchpoints,
        rules: {
          online_rule: options.onlineRule,
          window_days: options.attributionWindowDays,
          click_collect_share_bp: clickCollectStoreShareBasisPoints(options),
          house_account_name: options.houseAccountName,
        },
      },
    }
    return new StepResponse(result)
  }
)
