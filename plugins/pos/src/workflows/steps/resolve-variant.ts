import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type VariantReference = { variant_id?: string; sku?: string; barcode?: string }

export const resolveVariantStepId = "resolve-variant"

/**
 * Finds the variant an associate scanned or typed (id, SKU or EAN-13 barcode) and checks the store's sales
 * channel sells it. Unknown codes get a 404 that repeats what was scanned.
 */
export const resolveVariantStep = createStep(
  resolveVariantStepId,
  async ({ reference, sales_channel_id }: { reference: VariantReference; sales_channel_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [field, value] = reference.variant_id
      ? ["id", reference.variant_id]
      : reference.sku
        ? ["sku", reference.sku]
        : ["barcode", reference.barcode]
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "sku", "product.title", "product.status", "product.sales_channels.id"],
      filters: { [field as string]: value },
    })
    const label = field === "id" ? "id" : field === "sku" ? "SKU" : "barcode"
    if (!variants.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with ${label} ${value} in the catalog`)
    }
    const variant: any = variants[0]
    const channels = (variant.product?.sales_channels ?? []).map((c: { id: string } | null) => c?.id)
    if (variant.product?.status !== "published" || !channels.includes(sales_channel_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${variant.product?.title ?? "This product"} (${label} ${value}) is not sold in stores`
      )
    }
    return new StepResponse({ id: variant.id as string })
  }
)
