import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readIndexProgress } from "../../../../utils/index-progress"

/**
 * Beside Medusa's own `GET /admin/search-indexes` (status) and `POST /admin/search-indexes/:id/reindex`: how far
 * the index's latest rebuild has gone, for the admin's progress bar.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ progress: await readIndexProgress(req.scope, req.params.id) })
}
