import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  beginReceiveReturnWorkflow,
  confirmReturnReceiveWorkflow,
  dismissItemReturnRequestWorkflow,
  receiveItemReturnRequestWorkflow,
} from "@medusajs/medusa/core-flows"
import type { ReturnCondition } from "../../constants"

export type ReceiveReturnAtStoreInput = {
  return_id: string
  associate_id: string
  lines: { line_item_id: string; quantity: number; condition: ReturnCondition }[]
}

/**
 * Receives a confirmed return at the counter at once, through Medusa's receive workflows: `resellable` lines are
 * received (restocked at the return's location), `damaged` lines dismissed (recorded, not restocked), then the
 * receipt is confirmed. Shared by the store return and the exchange's inbound side; call it once per workflow
 * (its step names are fixed). The location must already have an inventory level for each item.
 */
export function receiveReturnAtStore(data: WorkflowData<ReceiveReturnAtStoreInput>) {
  const beginReceive = transform({ data }, ({ data }) => ({ return_id: data.return_id, created_by: data.associate_id }))
  beginReceiveReturnWorkflow.runAsStep({ input: beginReceive })

  const byCondition = transform({ data }, ({ data }) => {
    const itemsOf = (condition: ReturnCondition) =>
      data.lines.filter((l) => l.condition === condition).map((l) => ({ id: l.line_item_id, quantity: l.quantity }))
    return {
      resellable: { return_id: data.return_id, items: itemsOf("resellable") },
      damaged: { return_id: data.return_id, items: itemsOf("damaged") },
    }
  })
  // Both run even when one has no lines (an empty call adds no action): a `when` skipped here would let the steps
  // before it compensate alongside those after it (Medusa 2.21's orchestrator treats a skipped step as already
  // compensated), and Medusa's order-change undo must run after the receipt's undo, never concurrently.
  receiveItemReturnRequestWorkflow.runAsStep({ input: byCondition.resellable })
  dismissItemReturnRequestWorkflow.runAsStep({ input: byCondition.damaged })

  const confirmReceive = transform({ data }, ({ data }) => ({ return_id: data.return_id, confirmed_by: data.associate_id }))
  confirmReturnReceiveWorkflow.runAsStep({ input: confirmReceive })
}
