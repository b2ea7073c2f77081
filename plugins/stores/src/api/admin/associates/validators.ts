import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { ASSOCIATE_ROLES } from "../../../modules/associate/models/associate"

const email = z.string().trim().toLowerCase().email()
const password = z.string().min(8, "The password needs at least 8 characters")
const name = z.string().trim().min(1)

export const AdminGetAssociatesParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object({
    q: z.string().optional(),
    role: z.enum(ASSOCIATE_ROLES).optional(),
    is_active: z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean()).optional(),
    store_id: z.string().optional(),
  })
)
export type AdminGetAssociatesParamsType = z.infer<typeof AdminGetAssociatesParams>

export const AdminCreateAssociate = z
  .object({
    first_name: name,
    last_name: name,
    email,
    employee_code: z.string().trim().min(1),
    role: z.enum(ASSOCIATE_ROLES).default("associate"),
    password,
    home_store_id: z.string().min(1),
    store_ids: z.array(z.string().min(1)).optional(),
    is_active: z.boolean().optional(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type AdminCreateAssociateType = z.infer<typeof AdminCreateAssociate>

export const AdminUpdateAssociate = z
  .object({
    first_name: name.optional(),
    last_name: name.optional(),
    email: email.optional(),
    employee_code: z.string().trim().min(1).optional(),
    role: z.enum(ASSOCIATE_ROLES).optional(),
    password: password.optional(),
    home_store_id: z.string().min(1).optional(),
    store_ids: z.array(z.string().min(1)).optional(),
    is_active: z.boolean().optional(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type AdminUpdateAssociateType = z.infer<typeof AdminUpdateAssociate>
