import { Text } from "@medusajs/ui"
import type { AdminPickupEvent } from "../../types/pickup"
import { formatDateTime, PICKUP_EVENT_LABELS } from "./pickup-format"

/** A pickup's events, oldest first, with who did each (an associate or an admin user) when known. */
export const PickupTimeline = ({ events }: { events: AdminPickupEvent[] }) => (
  <ol className="flex flex-col gap-y-3" data-testid="pickup-timeline">
    {events.map((event) => (
      <li key={event.id} className="flex gap-x-3">
        <div className="bg-ui-fg-muted mt-1.5 size-1.5 shrink-0 rounded-full" />
        <div className="flex flex-col">
          <Text size="small" weight="plus" leading="compact">
            {PICKUP_EVENT_LABELS[event.type] ?? event.type}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {formatDateTime(event.created_at)}
            {event.actor_name ? ` · ${event.actor_name}` : ""}
          </Text>
          {event.note && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {event.note}
            </Text>
          )}
        </div>
      </li>
    ))}
  </ol>
)
