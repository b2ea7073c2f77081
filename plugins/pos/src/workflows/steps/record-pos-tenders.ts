import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"
import type { SettledTender } from "../../utils/tenders"

export const recordPosTendersStepId = "record-pos-tenders"

/**
 * Records how the sale was paid (each tender, the cash handed over and the change) on its checkout, and marks
 * the checkout completed: from now on the same Idempotency-Key replays this sale's receipt. Undone by removing
 * the tenders and putting the checkout back to processing.
 */
export const recordPosTendersStep = createStep(
  recordPosTendersStepId,
  async ({ checkout_id, tenders }: { checkout_id: string; tenders: SettledTender[] }, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const created = await service.createPosTenders(tenders.map((tender) => ({ ...tender, checkout_id })))
    await service.updatePosCheckouts({ id: checkout_id, status: "completed" })
    return new StepResponse(created, { checkout_id, tender_ids: created.map((t) => t.id) })
  },
  async (recorded, { container }) => {
    if (!recorded) {
      return
    }
    const service: PosModuleService = container.resolve(POS_MODULE)
    await service.deletePosTenders(recorded.tender_ids)
    await service.updatePosCheckouts({ id: recorded.checkout_id, status: "processing" })
  }
)
