import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AttributionRule, Beneficiary, RecordKind, RecordRule } from "../../constants"
import { SALES_ATTRIBUTION_MODULE } from "../../modules/sales-attribution"
import type SalesAttributionModuleService from "../../modules/sales-attribution/service"
import { toMinorUnits } from "../../utils/minor-units"
import type { OverrideAssignee } from "../../utils/plan-attribution"
import type { NamedActor } from "../../utils/reason-text"
import { loadAssociates } from "@passerelle/medusa-plugin-stores/api/utils/load-associates"
import { decimalDigitsOf } from "./read-order-for-attribution"

/** Who the credit goes to: associates (split evenly) or the house account. */
export type OverrideAssignment = { to: "associates"; associate_ids: string[] } | { to: "house" }

export type ValidateAttributionOverrideStepInput = {
  order_id: string
  actor: { type: "associate" | "user"; id: string }
  /** The store the manager acts for (null for an admin user): they may only reassign orders credited to it. */
  store_id: string | null
  assignment: OverrideAssignment
}

/** A record as it was before the override, kept in the audit row. */
export type RecordBeforeOverride = {
  id: string
  kind: RecordKind
  return_id: string | null
  beneficiary: Beneficiary
  associate_id: string | null
  store_id: string | null
  amount: number
  rule: RecordRule
}

/** What an override needs, once it is known to be allowed. */
export type ValidatedAttributionOverride = {
  order_attribution_id: string
  order_id: string
  currency_code: string
  decimal_digits: number
  sales_channel_id: string | null
  placed_at: string
  gross_minor: number
  house_account_name: string
  /** The header before the override, restored if the override fails. */
  previous: { rule: AttributionRule; reason: string; records: RecordBeforeOverride[] }
  /** The manager (null for an admin user), named in the reason. */
  actor: NamedActor | null
  assignees: OverrideAssignee[]
  /** Returns already reversed: their credit is taken back again, in the new proportions. */
  returns: { return_id: string; amount_minor: number; occurred_at: string }[]
}

/**
 * Checks that an order's credit may be reassigned, and gathers what the override needs:
 * - the order must have been attributed (else 404);
 * - a manager may only reassign an order credited to their store, or credited to the house account (else 403);
 * - the associates named must exist, be active and work at the manager's store (else 400).
 */
export const validateAttributionOverrideStep = createStep(
  "validate-attribution-override",
  async (input: ValidateAttributionOverrideStepInput, { container }) => {
    const service = container.resolve<SalesAttributionModuleService>(SALES_ATTRIBUTION_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [header] = await service.listOrderAttributions({ order_id: input.order_id }, { take: 1 })
    if (!header) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} has no attribution to reassign`)
    }
    const active = await service.listAttributionRecords({ order_id: input.order_id, superseded_at: null }, { order: { created_at: "ASC", id: "ASC" } })
    const sales = active.filter((record) => record.kind === "sale")

    let actor: NamedActor | null = null
    if (input.actor.type === "associate") {
      const { data: [manager] } = await query.graph({ entity: "associate", fields: ["id", "first_name"], filters: { id: input.actor.id } })
      const { data: [store] } = input.store_id
        ? await query.graph({ entity: "store_profile", fields: ["id", "code"], filters: { id: input.store_id } })
        : { data: [] as any[] }
      actor = { first_name: (manager as any)?.first_name ?? "a manager", store_code: (store as any)?.code ?? "?" }
      const houseCredited = sales.length > 0 && sales.every((record) => record.beneficiary === "house")
      const creditedHere = sales.some((record) => record.store_id && record.store_id === input.store_id)
      if (!houseCredited && !creditedHere) {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `Order ${input.order_id} is not credited to your store (${actor.store_code}) nor to the house account: its credit can only be reassigned by a manager of a store it credits`
        )
      }
    }

    const assignees: OverrideAssignee[] = []
    if (input.assignment.to === "associates") {
      const ids = input.assignment.associate_ids
      const found = await loadAssociates(container, ids)
      for (const id of ids) {
        const associate = found.find((a) => a.id === id)
        if (!associate) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `Associate ${id} does not exist`)
        }
        if (!associate.is_active) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `${associate.first_name} is no longer active and can't be credited`)
        }
        // A manager credits associates of their store; an admin credits associates at their home store.
        const store = input.store_id ? associate.stores.find((s) => s.id === input.store_id) : (associate.home_store ?? associate.stores[0])
        if (!store) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `${associate.first_name} does not work at ${actor?.store_code ?? "any store"}: credit can only go to associates of your store`
          )
        }
        assignees.push({ associate_id: id, first_name: associate.first_name, store_id: store.id, store_code: store.code })
      }
    }

    const digits = await decimalDigitsOf(container, header.currency_code)
    const reversed = await service.listAttributionReturns({ order_id: input.order_id }, { order: { created_at: "ASC", id: "ASC" } })
    const result: ValidatedAttributionOverride = {
      order_attribution_id: header.id,
      order_id: header.order_id,
      currency_code: header.currency_code,
      decimal_digits: digits,
      sales_channel_id: header.sales_channel_id ?? null,
      placed_at: new Date(header.placed_at).toISOString(),
      gross_minor: toMinorUnits(header.gross_amount as any, digits),
      house_account_name: service.options.houseAccountName,
      previous: {
        rule: header.rule,
        reason: header.reason,
        records: active.map((record) => ({
          id: record.id,
          kind: record.kind,
          return_id: record.return_id ?? null,
          beneficiary: record.beneficiary,
          associate_id: record.associate_id ?? null,
          store_id: record.store_id ?? null,
          amount: Number(record.amount),
          rule: record.rule,
        })),
      },
      actor,
      assignees,
      returns: reversed.map((done) => ({
        return_id: done.return_id,
        amount_minor: toMinorUnits(done.amount as any, digits),
        occurred_at: new Date(done.occurred_at).toISOString(),
      })),
    }
    return new StepResponse(result)
  }
)
