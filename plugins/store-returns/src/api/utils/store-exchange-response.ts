import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORE_RETURNS_MODULE } from "../../modules/store-returns"
import type StoreReturnsModuleService from "../../modules/store-returns/service"
import { storeReturnResponse } from "./store-return-replay"

/**
 * An exchange as the tablet shows it: the store return (what came back, in what condition), what was handed over
 * (Medusa's exchange lines, at the price Medusa charged), and the difference: paid by the shopper (the tenders,
 * with the change to give) or given back to them (for cash, the amount to hand back). A replay reads the same.
 */
export async function storeExchangeResponse(container: MedusaContainer, storeReturnId: string) {
  const base = await storeReturnResponse(container, storeReturnId)
  const storeReturn = await container.resolve<StoreReturnsModuleService>(STORE_RETURNS_MODULE).retrieveStoreReturn(storeReturnId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [exchange] } = storeReturn.exchange_id
    ? await query.graph({
        entity: "order_exchange",
        fields: [
          "id",
          "additional_items.item_id",
          "additional_items.quantity",
          "additional_items.item.variant_id",
          "additional_items.item.product_title",
          "additional_items.item.variant_title",
          "additional_items.item.variant_sku",
          "additional_items.item.unit_price",
        ],
        filters: { id: storeReturn.exchange_id },
      })
    : { data: [] as any[] }
  const tenders = (storeReturn.exchange_tenders as any[] | null) ?? []
  return {
    ...base,
    exchange: {
      id: storeReturn.exchange_id,
      order_id: storeReturn.order_id,
      return_id: storeReturn.return_id,
      new_items: ((exchange as any)?.additional_items ?? []).map((added: any) => ({
        line_item_id: added.item_id,
        variant_id: added.item?.variant_id ?? null,
        product_title: added.item?.product_title ?? null,
        variant_title: added.item?.variant_title ?? null,
        sku: added.item?.variant_sku ?? null,
        quantity: Number(added.quantity),
        unit_price: Number(added.item?.unit_price ?? 0),
      })),
      amount_paid: Number(storeReturn.exchange_amount_paid ?? 0),
      amount_refunded: base.refund.amount,
      currency_code: storeReturn.currency_code,
      tenders,
      change_due: tenders.reduce((sum, tender) => sum + Number(tender.change_due ?? 0), 0),
    },
  }
}
