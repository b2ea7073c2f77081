import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { PickupNotificationTemplates } from "../constants"
import { readPickupOrderStep } from "./steps/read-pickup-order"
import { transitionPickupStep } from "./steps/transition-pickup"
import { shopperNotification } from "./utils/shopper-notification"

export type RemindPickupWorkflowInput = {
  pickup_id: string
  /** The job's clock (ISO 8601); tests move it. */
  now: string
}

/**
 * Reminds the shopper that her parcel waits until hold_until. Under the pickup's lock the pickup is read again: one
 * no longer ready, or already reminded (a second run of the job), is left alone, so the shopper hears it once.
 * The notification goes last: it can't be taken back.
 */
export const remindPickupWorkflow = createWorkflow("remind-pickup", (input: RemindPickupWorkflowInput) => {
  acquireLockStep({ key: input.pickup_id, timeout: 5, ttl: 60 })
  const pickup = readPickupOrderStep({ pickup_id: input.pickup_id })
  const reminded = when("pickup-to-remind", { pickup }, ({ pickup }) => pickup.status === "ready" && !pickup.reminded_at).then(
    () => {
      const transition = transform({ input, pickup }, ({ input, pickup }) => ({
        pickup_id: pickup.pickup_id,
        from: ["ready" as const],
        fields: { reminded_at: new Date(input.now) },
        event: { type: "reminder_sent" as const, note: `Reminder sent to ${pickup.email ?? "the shopper"}` },
      }))
      transitionPickupStep(transition)
      const notification = transform({ pickup }, ({ pickup }) =>
        shopperNotification(pickup, PickupNotificationTemplates.REMINDER, { hold_until: pickup.hold_until })
      )
      sendNotificationsStep(notification)
      return true
    }
  )
  releaseLockStep({ key: input.pickup_id })
  return new WorkflowResponse(transform({ reminded }, ({ reminded }) => ({ reminded: !!reminded })))
})
