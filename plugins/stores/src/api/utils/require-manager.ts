import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AssociateRequest } from "./acting-associate"

/** Lets only store managers through. */
export function requireManager(req: AssociateRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.associate.role !== "manager") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a store manager can do this")
  }
  next()
}
