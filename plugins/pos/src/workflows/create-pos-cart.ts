import { createCartWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../modules/pos"
import { createPosCartRecordStep } from "./steps/create-pos-cart-record"
import { resolveStoreRegionStep } from "./steps/resolve-store-region"

export type CreatePosCartWorkflowInput = {
  store: { id: string; stock_location_id: string; sales_channel_id: string }
  associate_id: string
  customer_id?: string
  email?: string
}

/**
 * Opens a sale on a store tablet: a Medusa cart in the store's POS sales channel, region and currency (so the
 * one price book and the same promotions apply), wrapped in a POS record tied to the store and the associate.
 */
export const createPosCartWorkflow = createWorkflow("create-pos-cart", (input: CreatePosCartWorkflowInput) => {
  const region = resolveStoreRegionStep({ stock_location_id: input.store.stock_location_id })
  const cartInput = transform({ input, region }, ({ input, region }) => ({
    region_id: region.id,
    currency_code: region.currency_code,
    sales_channel_id: input.store.sales_channel_id,
    customer_id: input.customer_id,
    email: input.email,
  }))
  const cart = createCartWorkflow.runAsStep({ input: cartInput })
  const posCart = createPosCartRecordStep()

  const links = transform({ input, cart, posCart }, ({ input, cart, posCart }): LinkDefinition[] => [
    { [POS_MODULE]: { pos_cart_id: posCart.id }, [Modules.CART]: { cart_id: cart.id } },
    { [POS_MODULE]: { pos_cart_id: posCart.id }, storeProfile: { store_profile_id: input.store.id } },
    { [POS_MODULE]: { pos_cart_id: posCart.id }, associate: { associate_id: input.associate_id } },
  ])
  createRemoteLinkStep(links)
  return new WorkflowResponse({ pos_cart_id: posCart.id, cart_id: cart.id })
})
