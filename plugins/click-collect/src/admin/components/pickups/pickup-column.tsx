import { Heading, Text } from "@medusajs/ui"
import type { AdminPickup } from "../../types/pickup"
import { PickupCard } from "./pickup-card"

type PickupColumnProps = {
  id: string
  title: string
  /** How many there are in all; the column may show fewer. */
  total: number
  pickups: AdminPickup[]
  empty: string
}

export const PickupColumn = ({ id, title, total, pickups, empty }: PickupColumnProps) => (
  <section className="bg-ui-bg-subtle flex min-w-0 flex-col gap-y-2 rounded-lg p-3" data-testid={`pickup-column-${id}`}>
    <div className="flex items-center justify-between">
      <Heading level="h3">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle" data-testid="pickup-column-count">
        {total}
      </Text>
    </div>
    {pickups.length ? (
      <ul className="flex flex-col gap-y-2">
        {pickups.map((pickup) => (
          <PickupCard key={pickup.id} pickup={pickup} />
        ))}
      </ul>
    ) : (
      <Text size="small" className="text-ui-fg-muted">
        {empty}
      </Text>
    )}
  </section>
)
