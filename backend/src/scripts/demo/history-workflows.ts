import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { completePosSaleWorkflow, type CompletePosSaleWorkflowInput } from "@passerelle/medusa-plugin-pos/workflows"
import { STORE_RETURNS_MODULE } from "@passerelle/medusa-plugin-store-returns/modules/store-returns"
import { createStoreReturnWorkflow, type CreateStoreReturnWorkflowInput } from "@passerelle/medusa-plugin-store-returns/workflows"

/**
 * The demo's history is placed through the real flows, each run as a step of a small workflow that then moves the
 * new order (or return) back to its date in the history. A sub-workflow run as a step holds its events until the
 * parent finishes (`runAsStep` sets `preventReleaseEvents`), so `order.placed` and the return events reach their
 * subscribers (the sales attribution among them) only once the record carries its October date. Demo use only:
 * real orders keep the date Medusa gave them.
 */

type BackdateOrderInput = { order_id: string; placed_at: string }

/** Sets an order's `created_at` through the order module; undone by restoring the date it had. */
export const backdateDemoOrderStep = createStep(
  "backdate-demo-order",
  async ({ order_id, placed_at }: BackdateOrderInput, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const order = await orders.retrieveOrder(order_id, { select: ["id", "created_at"] })
    await orders.updateOrders(order_id, { created_at: new Date(placed_at) } as Record<string, unknown>)
    return new StepResponse(null, { order_id, created_at: new Date(order.created_at).toISOString() })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container
      .resolve(Modules.ORDER)
      .updateOrders(previous.order_id, { created_at: new Date(previous.created_at) } as Record<string, unknown>)
  }
)

type BackdateReturnInput = { return_id: string; store_return_id: string; received_at: string }

/**
 * Sets a return's dates (Medusa's return: created, requested, received; the store return: created, completed)
 * to when it happened in the history; undone by restoring them.
 */
export const backdateDemoReturnStep = createStep(
  "backdate-demo-return",
  async ({ return_id, store_return_id, received_at }: BackdateReturnInput, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const storeReturns = container.resolve(STORE_RETURNS_MODULE) as any
    const [medusaReturn] = await orders.listReturns(
      { id: return_id },
      { select: ["id", "created_at", "requested_at", "received_at"] }
    )
    const storeReturn = await storeReturns.retrieveStoreReturn(store_return_id, {
      select: ["id", "created_at", "completed_at"],
    })
    const at = new Date(received_at)
    await orders.updateReturns({ id: return_id, created_at: at, requested_at: at, received_at: at } as any)
    await storeReturns.updateStoreReturns({ id: store_return_id, created_at: at, completed_at: at })
    return new StepResponse(null, {
      medusaReturn: {
        id: return_id,
        created_at: medusaReturn.created_at,
        requested_at: medusaReturn.requested_at,
        received_at: medusaReturn.received_at,
      },
      storeReturn: { id: store_return_id, created_at: storeReturn.created_at, completed_at: storeReturn.completed_at },
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve(Modules.ORDER).updateReturns(previous.medusaReturn as any)
    await (container.resolve(STORE_RETURNS_MODULE) as any).updateStoreReturns(previous.storeReturn)
  }
)

export type PlaceDemoHistoryOrderInput = { cart_id: string; placed_at: string }

/** A web checkout of the history: Medusa's completeCartWorkflow, then the order dated `placed_at`. */
export const placeDemoHistoryOrderWorkflow = createWorkflow(
  "place-demo-history-order",
  (input: PlaceDemoHistoryOrderInput) => {
    const order = completeCartWorkflow.runAsStep({ input: { id: input.cart_id } })
    backdateDemoOrderStep(transform({ input, order }, ({ input, order }) => ({ order_id: order.id, placed_at: input.placed_at })))
    return new WorkflowResponse(transform({ order }, ({ order }) => ({ order_id: order.id })))
  }
)

export type SellDemoHistoryPosSaleInput = CompletePosSaleWorkflowInput & { placed_at: string }

/** A till sale of the history: the pos plugin's completePosSaleWorkflow, then the order dated `placed_at`. */
export const sellDemoHistoryPosSaleWorkflow = createWorkflow(
  "sell-demo-history-pos-sale",
  (input: SellDemoHistoryPosSaleInput) => {
    const saleInput = transform({ input }, ({ input: { placed_at: _placedAt, ...sale } }) => sale)
    const sale = completePosSaleWorkflow.runAsStep({ input: saleInput })
    backdateDemoOrderStep(
      transform({ input, sale }, ({ input, sale }) => ({ order_id: sale.order_id, placed_at: input.placed_at }))
    )
    return new WorkflowResponse(transform({ sale }, ({ sale }) => ({ order_id: sale.order_id })))
  }
)

export type ReturnDemoHistoryItemsInput = CreateStoreReturnWorkflowInput & { received_at: string }

/** A return at a store counter in the history: the store-returns plugin's workflow, then the return dated. */
export const returnDemoHistoryItemsWorkflow = createWorkflow(
  "return-demo-history-items",
  (input: ReturnDemoHistoryItemsInput) => {
    const returnInput = transform({ input }, ({ input: { received_at: _receivedAt, ...request } }) => request)
    const taken = createStoreReturnWorkflow.runAsStep({ input: returnInput })
    backdateDemoReturnStep(
      transform({ input, taken }, ({ input, taken }) => ({
        return_id: taken.return_id,
        store_return_id: taken.store_return_id,
        received_at: input.received_at,
      }))
    )
    return new WorkflowResponse(taken)
  }
)
