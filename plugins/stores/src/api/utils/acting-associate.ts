import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { AssociateRole } from "../../modules/associate/models/associate"

/** A store an associate works for, with what other plugins need to act there. */
export type AssociateStore = {
  id: string
  code: string
  name: string
  timezone: string
  offers_pickup: boolean
  is_home: boolean
  stock_location_id: string | null
  sales_channel_id: string | null
}

export type ActingAssociate = {
  id: string
  first_name: string
  last_name: string
  email: string
  employee_code: string
  role: AssociateRole
  is_active: boolean
  stores: AssociateStore[]
}

/**
 * A request under /pos once the stores plugin's middlewares ran: who is acting, and for which store.
 * Other Passerelle plugins type their /pos routes with it.
 */
export type AssociateRequest<Body = unknown, Query = Record<string, unknown>> = AuthenticatedMedusaRequest<
  Body,
  Query
> & {
  associate: ActingAssociate
  actingStore: AssociateStore
}
