import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminPickup } from "../../types/pickup"
import { formatDateTime, formatWaiting, maskedCode } from "./pickup-format"

/** One parcel on the board: which order, whose, how long it has waited, which code to expect. */
export const PickupCard = ({ pickup }: { pickup: AdminPickup }) => (
  <li
    className="bg-ui-bg-base shadow-elevation-card-rest rounded-lg px-3 py-2"
    data-testid="pickup-card"
    data-status={pickup.status}
  >
    <div className="flex items-center justify-between gap-x-2">
      {pickup.order ? (
        <Link to={`/orders/${pickup.order.id}`} className="text-ui-fg-interactive txt-compact-small-plus">
          #{pickup.order.display_id}
        </Link>
      ) : (
        <Text size="small">—</Text>
      )}
      <Text size="small" className="font-mono" title="Pickup code hint">
        {maskedCode(pickup.code_hint)}
      </Text>
    </div>
    <Text size="small" className="text-ui-fg-subtle truncate">
      {pickup.order?.customer_name ?? pickup.order?.email ?? "—"}
    </Text>
    <Text size="xsmall" className="text-ui-fg-muted">
      {pickup.minutes_waiting !== null
        ? `Waiting ${formatWaiting(pickup.minutes_waiting)}`
        : formatDateTime(pickup.collected_at ?? pickup.expired_at ?? pickup.canceled_at ?? pickup.updated_at)}
    </Text>
  </li>
)
