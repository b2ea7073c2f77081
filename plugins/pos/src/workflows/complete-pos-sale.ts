import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  createOrderFulfillmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createRemoteLinkStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { POS_PAYMENT_PROVIDER_ID } from "../constants"
import { POS_MODULE } from "../modules/pos"
import type { PosPaymentInput } from "../utils/tenders"
import { claimPosCheckoutStep } from "./steps/claim-pos-checkout"
import { recordPosTendersStep } from "./steps/record-pos-tenders"
import { requireTakeAwayOptionStep } from "./steps/require-take-away-option"
import { setCartShippingAddressStep } from "./steps/set-cart-shipping-address"
import { setPosCartStatusStep } from "./steps/set-pos-cart-status"
import { validatePosSaleStep } from "./steps/validate-pos-sale"

export type CompletePosSaleWorkflowInput = {
  cart_id: string
  idempotency_key: string
  store: { id: string; code: string; stock_location_id: string }
  associate_id: string
  payments: PosPaymentInput[]
}

/**
 * Takes payment for a sale at the till and hands it over, through Medusa's own flows:
 * 1. checks the sale has lines and the tenders settle it, then claims the checkout under the Idempotency-Key;
 * 2. a take-away sale gets the store's take-away shipping option (and the store's address), so Medusa reserves
 *    the goods at this store (the stores plugin pins reservations to the shipping option's location); an
 *    endless-aisle sale keeps the delivery option chosen for it, and is reserved at that location instead;
 * 3. one system-provider payment session for the total (cash and card settle outside Medusa), then Medusa's
 *    completeCartWorkflow places the order in the POS channel and authorizes it;
 * 4. the order is linked to the store, the associate and the checkout; a take-away order is fulfilled at this
 *    store and marked delivered at once, so the store's stock goes down; the payment is captured;
 * 5. the tenders (cash handed over, change, card references) are recorded and the sale is closed.
 * Every step undoes itself if a later one fails: no order, no reservation, no payment, the claim released.
 */
export const completePosSaleWorkflow = createWorkflow("complete-pos-sale", (input: CompletePosSaleWorkflowInput) => {
  const sale = validatePosSaleStep({ cart_id: input.cart_id, payments: input.payments })
  const checkout = claimPosCheckoutStep({ idempotency_key: input.idempotency_key, cart_id: input.cart_id })

  when("take-away-sale", { sale }, ({ sale }) => !sale.is_delivery).then(() => {
    const option = requireTakeAwayOptionStep({
      stock_location_id: input.store.stock_location_id,
      store_code: input.store.code,
    })
    const counter = transform({ input, option }, ({ input, option }) => ({
      cart_id: input.cart_id,
      address: option!.address,
    }))
    setCartShippingAddressStep(counter)
    const method = transform({ input, option }, ({ input, option }) => ({
      cart_id: input.cart_id,
      options: [{ id: option!.id }],
    }))
    addShippingMethodToCartWorkflow.runAsStep({ input: method })
  })

  const newCollection = when("cart-has-no-payment-collection", { sale }, ({ sale }) => !sale.payment_collection_id).then(
    () => createPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  )
  const session = transform({ sale, newCollection }, ({ sale, newCollection }) => ({
    payment_collection_id: (sale.payment_collection_id ?? newCollection?.id) as string,
    provider_id: POS_PAYMENT_PROVIDER_ID,
    data: { pos_tenders: sale.settlement.tenders },
  }))
  createPaymentSessionsWorkflow.runAsStep({ input: session })

  const placed = completeCartWorkflow.runAsStep({ input: { id: input.cart_id } })

  const { data: order } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "items.*", "payment_collections.payments.id"],
    filters: { id: placed.id },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "read-placed-order" })

  const links = transform({ input, placed, checkout }, ({ input, placed, checkout }): LinkDefinition[] => [
    { [Modules.ORDER]: { order_id: placed.id }, storeProfile: { store_profile_id: input.store.id } },
    { [Modules.ORDER]: { order_id: placed.id }, associate: { associate_id: input.associate_id } },
    { [Modules.ORDER]: { order_id: placed.id }, [POS_MODULE]: { pos_checkout_id: checkout.id } },
  ])
  createRemoteLinkStep(links)

  when("hand-over-at-the-counter", { sale }, ({ sale }) => !sale.is_delivery).then(() => {
    const fulfillmentInput = transform({ input, order }, ({ input, order }) => ({
      order_id: order.id,
      location_id: input.store.stock_location_id,
      created_by: input.associate_id,
      no_notification: true,
      items: (order.items ?? []).map((item: any) => ({ id: item.id, quantity: Number(item.quantity ?? item.detail?.quantity) })),
    }))
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })
    const delivered = transform({ order, fulfillment }, ({ order, fulfillment }) => ({
      orderId: order.id,
      fulfillmentId: fulfillment.id,
      no_notification: true,
    }))
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivered })
  })

  const capture = transform({ input, order }, ({ input, order }) => ({
    payment_id: (order as any).payment_collections[0].payments[0].id as string,
    captured_by: input.associate_id,
  }))
  capturePaymentWorkflow.runAsStep({ input: capture })

  const tenders = transform({ sale, checkout }, ({ sale, checkout }) => ({
    checkout_id: checkout.id,
    tenders: sale.settlement.tenders,
  }))
  recordPosTendersStep(tenders)
  const closed = transform({ sale }, ({ sale }) => ({ pos_cart_id: sale.pos_cart_id, status: "completed" as const }))
  setPosCartStatusStep(closed)

  return new WorkflowResponse({ order_id: placed.id, checkout_id: checkout.id })
})
