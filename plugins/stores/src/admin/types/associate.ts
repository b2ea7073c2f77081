/**
 * What /admin/associates and /admin/store-profiles answer, as the admin pages read it. Kept here rather than
 * imported from the routes: the admin bundle must not pull server code in.
 */

export const ASSOCIATE_ROLES = ["associate", "manager"] as const
export type AssociateRole = (typeof ASSOCIATE_ROLES)[number]

export type AdminAssociateStore = {
  id: string
  code: string
  name: string
  is_home: boolean
}

export type AdminAssociate = {
  id: string
  first_name: string
  last_name: string
  email: string
  employee_code: string
  role: AssociateRole
  is_active: boolean
  home_store: AdminAssociateStore | null
  /** Home store first. */
  stores: AdminAssociateStore[]
  created_at: string
  updated_at: string
}

export type AdminAssociateListParams = {
  q?: string
  role?: AssociateRole
  is_active?: boolean
  store_id?: string
  limit: number
  offset: number
}

export type AdminAssociateListResponse = {
  associates: AdminAssociate[]
  count: number
  offset: number
  limit: number
}

export type AdminAssociateResponse = {
  associate: AdminAssociate
}

export type AdminCreateAssociateBody = {
  first_name: string
  last_name: string
  email: string
  employee_code: string
  role: AssociateRole
  password: string
  home_store_id: string
  store_ids?: string[]
}

export type AdminUpdateAssociateBody = Partial<AdminCreateAssociateBody> & {
  is_active?: boolean
}

/** The few store fields the associate pages need. */
export type AdminStoreProfileSummary = {
  id: string
  code: string
  name: string
}

export type AdminStoreProfileListResponse = {
  store_profiles: AdminStoreProfileSummary[]
  count: number
  offset: number
  limit: number
}
