import type { MedusaResponse } from "@medusajs/framework/http"
import type { AssociateRequest } from "@passerelle/medusa-plugin-stores/api/utils/acting-associate"
import { buildPosReceipt } from "../../../../utils/pos-receipt"
import { renderPosReceiptHtml } from "../../../../utils/pos-receipt-html"
import type { PosReceiptQueryType } from "../../validators"

/** A sale's receipt: JSON for the tablet, or `?format=html` (or Accept: text/html) for the printer. */
export const GET = async (req: AssociateRequest, res: MedusaResponse) => {
  const receipt = await buildPosReceipt(req.scope, req.params.id)
  const { format } = req.validatedQuery as PosReceiptQueryType
  const wantsHtml = format === "html" || (!format && req.accepts(["json", "html"]) === "html")
  if (wantsHtml) {
    res.type("html").send(renderPosReceiptHtml(receipt))
    return
  }
  res.json({ receipt })
}
