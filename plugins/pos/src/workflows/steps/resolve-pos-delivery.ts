import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolvePosDeliveryStepId = "resolve-pos-delivery"

type Input = { cart_id: string; location_id: string; shipping_option_id?: string }

/**
 * The home-delivery option an endless-aisle sale ships with: one of the chosen location's shipping options (the
 * given one, or its first). Refuses a sale with no customer email (they must hear about their parcel) and a
 * location that doesn't deliver.
 */
export const resolvePosDeliveryStep = createStep(resolvePosDeliveryStepId, async (input: Input, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: ["id", "email"], filters: { id: input.cart_id } })
  if (!cart?.email) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Attach the customer (with an email) before choosing home delivery: they must hear about their parcel"
    )
  }
  const { data: [location] } = await query.graph({
    entity: "stock_location",
    fields: [
      "id",
      "name",
      "fulfillment_sets.type",
      "fulfillment_sets.service_zones.shipping_options.id",
      "fulfillment_sets.service_zones.shipping_options.name",
    ],
    filters: { id: input.location_id },
  })
  if (!location) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No stock location ${input.location_id}`)
  }
  const options = ((location as any).fulfillment_sets ?? [])
    .filter((set: any) => set?.type === "shipping")
    .flatMap((set: any) => set.service_zones ?? [])
    .flatMap((zone: any) => zone?.shipping_options ?? [])
    .filter(Boolean)
  const option = input.shipping_option_id ? options.find((o: any) => o.id === input.shipping_option_id) : options[0]
  if (!option) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      input.shipping_option_id
        ? `Shipping option ${input.shipping_option_id} doesn't deliver from ${location.name}`
        : `${location.name} has no home-delivery option`
    )
  }
  return new StepResponse({ shipping_option_id: option.id as string, location: { id: location.id, name: location.name } })
})
