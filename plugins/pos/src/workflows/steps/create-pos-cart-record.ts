import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"

export const createPosCartRecordStepId = "create-pos-cart-record"

/** The POS record of a new sale; undone by deleting it. */
export const createPosCartRecordStep = createStep(createPosCartRecordStepId, async (_: void, { container }) => {
  const service: PosModuleService = container.resolve(POS_MODULE)
  const posCart = await service.createPosCarts({ status: "open" })
  return new StepResponse(posCart, posCart.id)
}, async (id, { container }) => {
  if (!id) {
    return
  }
  const service: PosModuleService = container.resolve(POS_MODULE)
  await service.deletePosCarts(id)
})
