import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findDuePickupsStep } from "./steps/find-due-pickups"
import { runDuePickupsStep } from "./steps/run-due-pickups"

export type ExpireOverduePickupsWorkflowInput = {
  /** The clock (ISO 8601), default now: tests move it. */
  now?: string
}

/**
 * The hold clock of ready parcels (the `expire-pickups` job): shoppers whose hold ends within
 * reminderHoursBeforeExpiry are reminded once, parcels past their hold are expired (order canceled and refunded,
 * stock back at the store). Returns which pickups were reminded, expired, or failed (logged, retried next run).
 */
export const expireOverduePickupsWorkflow = createWorkflow(
  "expire-overdue-pickups",
  (input: ExpireOverduePickupsWorkflowInput) => {
    const now = transform({ input }, ({ input }) => new Date(input.now ?? Date.now()).toISOString())
    const due = findDuePickupsStep({ now })
    const run = runDuePickupsStep(transform({ due, now }, ({ due, now }) => ({ ...due, now })))
    return new WorkflowResponse(run)
  }
)
