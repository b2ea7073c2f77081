import type {
  AdminAssociate,
  AdminCreateAssociateBody,
  AdminUpdateAssociateBody,
  AssociateRole,
} from "../../types/associate"

/** What the create and edit forms hold. `other_store_ids` never contains the home store. */
export type AssociateFormValues = {
  first_name: string
  last_name: string
  email: string
  employee_code: string
  role: AssociateRole
  home_store_id: string
  other_store_ids: string[]
  /** Empty on the edit form means "keep the current password". */
  password: string
}

export const emptyAssociateForm: AssociateFormValues = {
  first_name: "",
  last_name: "",
  email: "",
  employee_code: "",
  role: "associate",
  home_store_id: "",
  other_store_ids: [],
  password: "",
}

export const formFromAssociate = (associate: AdminAssociate): AssociateFormValues => ({
  first_name: associate.first_name,
  last_name: associate.last_name,
  email: associate.email,
  employee_code: associate.employee_code,
  role: associate.role,
  home_store_id: associate.home_store?.id ?? "",
  other_store_ids: associate.stores.filter((store) => !store.is_home).map((store) => store.id),
  password: "",
})

/** The form as POST /admin/associates wants it. The API trims, lower-cases the email and validates. */
export const toCreateBody = (values: AssociateFormValues): AdminCreateAssociateBody => ({
  first_name: values.first_name,
  last_name: values.last_name,
  email: values.email,
  employee_code: values.employee_code,
  role: values.role,
  password: values.password,
  home_store_id: values.home_store_id,
  store_ids: values.other_store_ids,
})

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id))

/**
 * Only what changed, so an untouched field is never rewritten: a new password only when one was typed, and the
 * stores only when the home store or the set of other stores differs (the API replaces them as a whole).
 */
export const toUpdateBody = (before: AssociateFormValues, values: AssociateFormValues): AdminUpdateAssociateBody => {
  const body: AdminUpdateAssociateBody = {}
  for (const field of ["first_name", "last_name", "email", "employee_code", "role"] as const) {
    if (values[field] !== before[field]) {
      Object.assign(body, { [field]: values[field] })
    }
  }
  if (values.password) {
    body.password = values.password
  }
  if (values.home_store_id !== before.home_store_id || !sameSet(values.other_store_ids, before.other_store_ids)) {
    body.home_store_id = values.home_store_id
    body.store_ids = values.other_store_ids
  }
  return body
}
