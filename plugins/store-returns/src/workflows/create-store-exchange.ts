import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  authorizePaymentSessionStep,
  beginExchangeOrderWorkflow,
  capturePaymentWorkflow,
  confirmExchangeRequestWorkflow,
  createOrderFulfillmentWorkflow,
  createPaymentSessionsWorkflow,
  createRemoteLinkStep,
  createReservationsStep,
  emitEventStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  orderExchangeAddNewItemWorkflow,
  orderExchangeRequestItemReturnWorkflow,
  refundPaymentWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { PosPaymentInput } from "@passerelle/medusa-plugin-pos/utils/tenders"
import { StoreReturnEvents } from "../constants"
import { STORE_RETURNS_MODULE } from "../modules/store-returns"
import { claimStoreReturnStep } from "./steps/claim-store-return"
import { ensureReturnInventoryLevelsStep } from "./steps/ensure-return-inventory-levels"
import { recordStoreExchangeStep } from "./steps/record-store-exchange"
import { recordStoreReturnStep } from "./steps/record-store-return"
import { settleExchangePaymentStep } from "./steps/settle-exchange-payment"
import { ExchangeNewItemInput, validateExchangeStockStep } from "./steps/validate-exchange-stock"
import { receiveReturnAtStore } from "./utils/receive-return-at-store"
import { StoreReturnLineInput, validateStoreReturnStep } from "./steps/validate-store-return"

/** The system provider records what is paid outside Medusa (cash, the store's own card terminal), as at the till. */
const COUNTER_PAYMENT_PROVIDER_ID = "pp_system_default"

export type CreateStoreExchangeWorkflowInput = {
  idempotency_key: string
  /** Hash of the request: a replay of the key with another body is refused. */
  request_hash: string
  order_id: string
  /** The acting store: returned items come back to its shelf, the new ones leave it. */
  store: { id: string; code: string; stock_location_id: string }
  associate: { id: string; role: string }
  /** The order lines taken back, each with its condition (as for a store return). */
  return_lines: StoreReturnLineInput[]
  /** The variants handed over instead, from this store's stock. */
  new_items: ExchangeNewItemInput[]
  /** How a difference owed to the shopper goes back: `original` payment, or `cash` for a till sale paid in cash. */
  refund_method: "original" | "cash"
  /** How the shopper pays a difference they owe (cash handed over, card on the store's terminal). */
  payments: PosPaymentInput[]
  override?: { reason: string } | null
}

export type CreateStoreExchangeWorkflowOutput = {
  store_return_id: string
  exchange_id: string
  return_id: string
  amount_paid: number
  refund_amount: number
}

/** Money to the cent: Medusa's summary figures are decimals. */
const cents = (amount: number) => Math.round(amount * 100) / 100

/**
 * An exchange at a store counter, in one transaction, through Medusa's own exchange workflows:
 * 1. the Idempotency-Key is claimed (a `store_return` row, like a store return) and the order locked; the returned
 *    lines pass the one eligibility check the lookup shows, and every new variant must be on this store's shelf;
 * 2. Medusa's exchange is opened, its inbound lines requested back to this store's location, its outbound
 *    variants added (priced by Medusa for the order's region and currency) and the exchange confirmed
 *    (beginExchangeOrder, orderExchangeRequestItemReturn, orderExchangeAddNewItem, confirmExchangeRequest);
 * 3. the inbound return is received at once: `resellable` lines restocked here, `damaged` lines dismissed (an
 *    inventory level is created before the exchange if this store never stocked a returned item: Medusa refuses
 *    to take items back at a location without one);
 * 4. the new items are reserved at this store (Medusa's exchange only reserves for shipped exchanges, and would
 *    not pick this store); once the money has moved they leave its shelf: fulfilled from here and delivered at the
 *    counter;
 * 5. the difference is Medusa's: what the exchange added to what is owed. The store return and its links are
 *    recorded, then the `beforeSettle` hook runs, then money moves last: the shopper pays what they owe through the
 *    system provider (tenders settled as at the till), or gets the difference back on the original payment (cash
 *    for a till sale paid in cash).
 * Any failure before the money moves undoes everything: no exchange, no stock moved, no record, the key free again.
 * After it come only the counter hand-over (fulfilment, delivery) and the events.
 */
export const createStoreExchangeWorkflow = createWorkflow(
  "create-store-exchange",
  (input: CreateStoreExchangeWorkflowInput) => {
    const { data: order } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "currency_code", "shipping_methods.shipping_option_id"],
      filters: { id: input.order_id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "read-order-to-exchange" })

    const claimInput = transform({ input, order }, ({ input, order }) => ({
      idempotency_key: input.idempotency_key,
      request_hash: input.request_hash,
      order_id: input.order_id,
      location_id: input.store.stock_location_id,
      refund_method: input.refund_method,
      currency_code: (order as any).currency_code as string,
    }))
    const claim = claimStoreReturnStep(claimInput).config({ name: "claim-store-exchange" })

    acquireLockStep({ key: input.order_id, timeout: 30, ttl: 120 })

    const validateInput = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      lines: input.return_lines,
      refund_method: input.refund_method,
      override: input.override ?? null,
      associate_role: input.associate.role,
    }))
    const validated = validateStoreReturnStep(validateInput)
    const stockInput = transform({ input }, ({ input }) => ({
      location_id: input.store.stock_location_id,
      store_code: input.store.code,
      items: input.new_items,
    }))
    const stockNeeds = validateExchangeStockStep(stockInput)

    // Medusa's exchange refuses to take items back at a location without an inventory level for them (and receiving
    // would too): give this store an empty one for any returned item it never stocked.
    const levels = transform({ input, validated }, ({ input, validated }) => ({
      location_id: input.store.stock_location_id,
      variant_ids: [...new Set(validated.lines.map((l) => l.variant_id).filter((id): id is string => !!id))],
    }))
    ensureReturnInventoryLevelsStep(levels)

    // Medusa's exchange: opened, inbound and outbound lines, confirmed.
    const begin = transform({ input }, ({ input }) => ({ order_id: input.order_id, created_by: input.associate.id }))
    const change = beginExchangeOrderWorkflow.runAsStep({ input: begin })
    const exchangeId = transform({ change }, ({ change }) => (change as any).exchange_id as string)

    // The type asks for a return_id the workflow never reads: it opens the exchange's return itself.
    const inbound = transform({ input, exchangeId }, ({ input, exchangeId }) => ({
      exchange_id: exchangeId,
      return_id: undefined as unknown as string,
      location_id: input.store.stock_location_id,
      items: input.return_lines.map((line) => ({
        id: line.line_item_id,
        quantity: line.quantity,
        reason_id: line.return_reason_id ?? undefined,
        internal_note: line.note ?? undefined,
      })),
    }))
    orderExchangeRequestItemReturnWorkflow.runAsStep({ input: inbound })
    const outbound = transform({ input, exchangeId }, ({ input, exchangeId }) => ({
      exchange_id: exchangeId,
      items: input.new_items.map((item) => ({ variant_id: item.variant_id, quantity: item.quantity })),
    }))
    orderExchangeAddNewItemWorkflow.runAsStep({ input: outbound })
    const confirm = transform({ input, exchangeId }, ({ input, exchangeId }) => ({
      exchange_id: exchangeId,
      confirmed_by: input.associate.id,
    }))
    confirmExchangeRequestWorkflow.runAsStep({ input: confirm })

    const { data: exchange } = useQueryGraphStep({
      entity: "order_exchange",
      fields: ["id", "return_id", "additional_items.item_id", "additional_items.quantity", "additional_items.item.variant_id"],
      filters: { id: exchangeId },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "read-confirmed-exchange" })
    const returnId = transform({ exchange }, ({ exchange }) => (exchange as any).return_id as string)

    // Inbound: received at this store at once, as a store return is.
    receiveReturnAtStore(
      transform({ input, returnId }, ({ input, returnId }) => ({
        return_id: returnId,
        associate_id: input.associate.id,
        lines: input.return_lines,
      }))
    )

    // Outbound: the new items leave this store's shelf at the counter.
    const handOver = transform({ input, exchange, stockNeeds, order }, ({ input, exchange, stockNeeds, order }) => {
      const lines = ((exchange as any).additional_items ?? []).map((added: any) => ({
        id: added.item_id as string,
        variant_id: added.item?.variant_id as string,
        quantity: Number(added.quantity),
      }))
      const reservations = lines.flatMap((line: { id: string; variant_id: string; quantity: number }) =>
        (stockNeeds.find((need) => need.variant_id === line.variant_id)?.inventory ?? []).map((inv) => ({
          line_item_id: line.id,
          inventory_item_id: inv.inventory_item_id,
          location_id: input.store.stock_location_id,
          quantity: inv.quantity,
          allow_backorder: false,
        }))
      )
      return {
        reservations,
        fulfillment: {
          order_id: input.order_id,
          location_id: input.store.stock_location_id,
          // The order's own shipping option carries the fulfilment provider; the location above is where it leaves.
          shipping_option_id: (order as any).shipping_methods?.[0]?.shipping_option_id as string | undefined,
          created_by: input.associate.id,
          no_notification: true,
          items: lines.map((line: { id: string; quantity: number }) => ({ id: line.id, quantity: line.quantity })),
        },
      }
    })
    createReservationsStep(handOver.reservations)

    // The difference, as Medusa computed it.
    const { data: after } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "summary.*", "payment_collections.id", "payment_collections.status", "payment_collections.amount"],
      filters: { id: input.order_id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "read-order-after-exchange" })
    const money = transform({ validated, after }, ({ validated, after }) => {
      const difference = cents(Number((after as any).summary?.pending_difference ?? 0) - validated.pending_difference_before)
      const collection = ((after as any).payment_collections ?? []).find(
        (c: any) => c.status === "not_paid" && Number(c.amount) > 0
      )
      return {
        amount_due: difference > 0 ? difference : 0,
        refund_amount: difference < 0 ? -difference : 0,
        payment_collection_id: (collection?.id ?? null) as string | null,
      }
    })
    const settleInput = transform({ input, money, validated }, ({ input, money, validated }) => ({
      amount_due: money.amount_due,
      currency_code: validated.currency_code,
      payments: input.payments,
    }))
    const settlement = settleExchangePaymentStep(settleInput)

    const exchangeRecord = transform({ claim, exchangeId, money, settlement }, (data) => ({
      store_return_id: data.claim.id,
      exchange_id: data.exchangeId,
      amount_paid: data.money.amount_due,
      tenders: data.settlement?.tenders ?? null,
    }))
    recordStoreExchangeStep(exchangeRecord)
    const record = transform({ input, claim, returnId, money, validated }, (data) => ({
      store_return_id: data.claim.id,
      return_id: data.returnId,
      refund_amount: data.money.refund_amount,
      override_reason: data.validated.override_reason,
      override_by: data.validated.override_reason ? data.input.associate.id : null,
      lines: data.validated.lines,
    }))
    recordStoreReturnStep(record)

    const links = transform({ input, claim, returnId }, ({ input, claim, returnId }): LinkDefinition[] => [
      { [STORE_RETURNS_MODULE]: { store_return_id: claim.id }, [Modules.ORDER]: { return_id: returnId } },
      { storeProfile: { store_profile_id: input.store.id }, [STORE_RETURNS_MODULE]: { store_return_id: claim.id } },
      { associate: { associate_id: input.associate.id }, [STORE_RETURNS_MODULE]: { store_return_id: claim.id } },
    ])
    createRemoteLinkStep(links)

    const beforeSettle = createHook("beforeSettle", {
      store_return_id: claim.id,
      order_id: input.order_id,
      exchange_id: exchangeId,
      amount_due: money.amount_due,
      refund_amount: money.refund_amount,
    })

    // Money moves last: the shopper pays the difference at the counter...
    when("shopper-pays-difference", { money }, ({ money }) => money.amount_due > 0).then(() => {
      const session = createPaymentSessionsWorkflow.runAsStep({
        input: transform({ money, settlement, claim }, ({ money, settlement, claim }) => ({
          payment_collection_id: money.payment_collection_id!,
          provider_id: COUNTER_PAYMENT_PROVIDER_ID,
          data: { pos_tenders: settlement?.tenders ?? [], store_return_id: claim.id },
        })),
      })
      const payment = authorizePaymentSessionStep(transform({ session }, ({ session }) => ({ id: session.id, context: {} })))
      capturePaymentWorkflow.runAsStep({
        input: transform({ input, payment, money }, ({ input, payment, money }) => ({
          payment_id: payment!.id,
          captured_by: input.associate.id,
          amount: money.amount_due,
        })),
      })
    })
    // ...or gets it back on the payment they made (cash for a till sale paid in cash).
    when("shopper-gets-difference-back", { money }, ({ money }) => money.refund_amount > 0).then(() => {
      const refund = transform({ input, validated, money }, ({ input, validated, money }) => ({
        payment_id: [...validated.payments].sort((a, b) => b.refundable - a.refundable)[0].id,
        amount: money.refund_amount,
        created_by: input.associate.id,
        note: `Store exchange ${input.idempotency_key} (${input.refund_method})`,
      }))
      refundPaymentWorkflow.runAsStep({ input: refund })
    })

    // Fulfilled from this store and delivered at the counter once the money has moved, consuming the reservation
    // made above: Medusa's fulfilment and delivery don't undo cleanly (their compensation reverts order versions and
    // leaves a pending order change that blocks every later change of the order), so they come last.
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: handOver.fulfillment })
    const delivered = transform({ input, fulfillment }, ({ input, fulfillment }) => ({
      orderId: input.order_id,
      fulfillmentId: fulfillment.id,
      no_notification: true,
    }))
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: delivered })

    const events = transform({ input, claim, returnId, exchangeId, money, validated }, (data) => ({
      returned: {
        eventName: StoreReturnEvents.RETURN_COMPLETED,
        data: {
          id: data.claim.id,
          return_id: data.returnId,
          order_id: data.input.order_id,
          store_id: data.input.store.id,
          associate_id: data.input.associate.id,
        },
      },
      exchanged: {
        eventName: StoreReturnEvents.EXCHANGE_COMPLETED,
        data: {
          id: data.claim.id,
          exchange_id: data.exchangeId,
          return_id: data.returnId,
          order_id: data.input.order_id,
          store_id: data.input.store.id,
          associate_id: data.input.associate.id,
          amount_paid: data.money.amount_due,
          amount_refunded: data.money.refund_amount,
          currency_code: data.validated.currency_code,
        },
      },
      refunded: {
        eventName: StoreReturnEvents.REFUND_ISSUED,
        data: {
          id: data.claim.id,
          return_id: data.returnId,
          order_id: data.input.order_id,
          method: data.input.refund_method,
          amount: data.money.refund_amount,
          currency_code: data.validated.currency_code,
        },
      },
    }))
    emitEventStep(transform({ events }, ({ events }) => events.returned)).config({ name: "emit-exchange-return-completed" })
    emitEventStep(transform({ events }, ({ events }) => events.exchanged)).config({ name: "emit-exchange-completed" })
    when("exchange-refund-issued", { money }, ({ money }) => money.refund_amount > 0).then(() => {
      emitEventStep(transform({ events }, ({ events }) => events.refunded)).config({ name: "emit-exchange-refund-issued" })
    })

    releaseLockStep({ key: input.order_id })

    return new WorkflowResponse(
      transform({ claim, exchangeId, returnId, money }, (data): CreateStoreExchangeWorkflowOutput => ({
        store_return_id: data.claim.id,
        exchange_id: data.exchangeId,
        return_id: data.returnId,
        amount_paid: data.money.amount_due,
        refund_amount: data.money.refund_amount,
      })),
      { hooks: [beforeSettle] }
    )
  }
)
