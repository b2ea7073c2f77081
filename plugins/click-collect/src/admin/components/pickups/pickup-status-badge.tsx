import { StatusBadge } from "@medusajs/ui"
import type { PickupStatus } from "../../types/pickup"
import { PICKUP_STATUS_COLORS, PICKUP_STATUS_LABELS } from "./pickup-format"

export const PickupStatusBadge = ({ status }: { status: PickupStatus }) => (
  <StatusBadge color={PICKUP_STATUS_COLORS[status]} data-testid="pickup-status">
    {PICKUP_STATUS_LABELS[status]}
  </StatusBadge>
)
