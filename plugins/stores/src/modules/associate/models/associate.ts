import { model } from "@medusajs/framework/utils"

export const ASSOCIATE_ROLES = ["associate", "manager"] as const
export type AssociateRole = (typeof ASSOCIATE_ROLES)[number]

/**
 * A member of store staff with a login of their own (actor type `associate`). Which stores they work for is a
 * link to store profiles; `is_active: false` locks them out without losing their history.
 */
export const Associate = model
  .define("associate", {
    id: model.id({ prefix: "asc" }).primaryKey(),
    first_name: model.text().searchable(),
    last_name: model.text().searchable(),
    email: model.text().searchable(),
    employee_code: model.text().searchable(),
    role: model.enum([...ASSOCIATE_ROLES]).default("associate"),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["employee_code"], unique: true, where: "deleted_at IS NULL" },
  ])
