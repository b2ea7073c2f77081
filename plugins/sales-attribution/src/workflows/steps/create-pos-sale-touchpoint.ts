import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"

export type CreatePosSaleTouchpointStepInput = {
  order_id: string
  associate_id: string
  store_id: string
  customer_id: string | null
  cart_id: string | null
  occurred_at: string
  window_days: number
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Records a POS sale (null: the order is no POS sale, nothing to do) as a touchpoint of the associate who rang it up, so the customer's online orders within the
 * window credit them too. One per order (unique `order_id` for `pos_sale`): an existing one is kept. Undone by a
 * hard delete of the touchpoint written.
 */
export const createPosSaleTouchpointStep = createStep(
  "create-pos-sale-touchpoint",
  async (input: CreatePosSaleTouchpointStepInput | null, { container }) => {
    if (!input) {
      return new StepResponse<{ id: string } | null, string | null>(null, null)
    }
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const [existing] = await service.listTouchpoints({ order_id: input.order_id, kind: "pos_sale" }, { take: 1 })
    if (existing) {
      return new StepResponse<{ id: string } | null, string | null>({ id: existing.id }, null)
    }
    const occurredAt = new Date(input.occurred_at)
    const touchpoint = await service.createTouchpoints({
      kind: "pos_sale",
      associate_id: input.associate_id,
      store_id: input.store_id,
      customer_id: input.customer_id,
      cart_id: input.cart_id,
      order_id: input.order_id,
      occurred_at: occurredAt,
      expires_at: new Date(occurredAt.getTime() + input.window_days * DAY_MS),
    })
    return new StepResponse<{ id: string } | null, string | null>({ id: touchpoint.id }, touchpoint.id)
  },
  async (touchpointId, { container }) => {
    if (!touchpointId) {
      return
    }
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    await service.deleteTouchpoints(touchpointId)
  }
)
