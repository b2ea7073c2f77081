import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"
import type { ParkedLine } from "../parked-lines"

export const setPosCartParkingStepId = "set-pos-cart-parking"

/** The fields given are written: parking sets all four, reopening sets the status and clears the snapshot. */
export type SetPosCartParkingStepInput = {
  id: string
  status: "open" | "parked"
  parked_at?: Date | null
  parked_note?: string | null
  parked_snapshot: ParkedLine[] | null
}

/** The DML types a json column as an object; the snapshot is the array of lines. */
const asJson = (snapshot: unknown) => snapshot as Record<string, unknown> | null

/** Parks or reopens a POS record; undone by writing back the status and parking fields it had before. */
export const setPosCartParkingStep = createStep(
  setPosCartParkingStepId,
  async (input: SetPosCartParkingStepInput, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const before = await service.retrievePosCart(input.id, {
      select: ["id", "status", "parked_at", "parked_note", "parked_snapshot"],
    })
    const posCart = await service.updatePosCarts({ ...input, parked_snapshot: asJson(input.parked_snapshot) })
    return new StepResponse(posCart, {
      id: before.id,
      status: before.status,
      parked_at: before.parked_at,
      parked_note: before.parked_note,
      parked_snapshot: before.parked_snapshot,
    })
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: PosModuleService = container.resolve(POS_MODULE)
    await service.updatePosCarts(before)
  }
)
