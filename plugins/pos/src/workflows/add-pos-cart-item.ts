import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveVariantStep, VariantReference } from "./steps/resolve-variant"

export type AddPosCartItemWorkflowInput = {
  cart_id: string
  sales_channel_id: string
  reference: VariantReference
  quantity: number
}

/** Adds what the associate scanned (barcode), typed (SKU) or picked (variant) to the sale, priced by Medusa. */
export const addPosCartItemWorkflow = createWorkflow("add-pos-cart-item", (input: AddPosCartItemWorkflowInput) => {
  const variant = resolveVariantStep({ reference: input.reference, sales_channel_id: input.sales_channel_id })
  const addInput = transform({ input, variant }, ({ input, variant }) => ({
    cart_id: input.cart_id,
    items: [{ variant_id: variant.id, quantity: input.quantity }],
  }))
  addToCartWorkflow.runAsStep({ input: addInput })
  return new WorkflowResponse(variant)
})
