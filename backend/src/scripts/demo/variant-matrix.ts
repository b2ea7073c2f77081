import { DEMO_COLOURS, DEMO_PRODUCTS, DemoProduct } from "./catalog-data"
import {
  COLOUR_OPTION,
  DEMO_EAN_PREFIX,
  SIZE_OPTION,
  STORE_EXCLUSIVE_HANDLES,
  WEB_EXCLUSIVE_HANDLES,
} from "./constants"
import { buildEan13 } from "./ean13"

/** One sellable size × colour of a demo product, with the identifiers printed on its label. */
export type DemoVariant = {
  productHandle: string
  /** `${styleCode}-${colourCode}-${size}`, e.g. "DR101-ECR-S". */
  sku: string
  ean: string
  /** "S / Écru", as Medusa's admin shows variant titles. */
  title: string
  size: string
  colour: string
  price: number
}

export type DemoChannelKey = "web" | "pos"

/** The channels a product is sold in: exclusives in one, everything else in both. */
export function productChannels(handle: string): DemoChannelKey[] {
  if ((STORE_EXCLUSIVE_HANDLES as readonly string[]).includes(handle)) {
    return ["pos"]
  }
  if ((WEB_EXCLUSIVE_HANDLES as readonly string[]).includes(handle)) {
    return ["web"]
  }
  return ["web", "pos"]
}

/**
 * The variants of one product, colour by colour then size by size.
 * EAN item numbers are product position × 100 + variant position, so appending products or
 * colours never renumbers an existing label.
 */
export function productVariants(product: DemoProduct, productIndex: number): DemoVariant[] {
  const variants: DemoVariant[] = []
  product.colours.forEach((colourCode) => {
    product.sizes.forEach((size) => {
      const colour = DEMO_COLOURS[colourCode]
      variants.push({
        productHandle: product.handle,
        sku: `${product.styleCode}-${colourCode}-${size}`,
        ean: buildEan13(DEMO_EAN_PREFIX, (productIndex + 1) * 100 + variants.length),
        title: `${size} / ${colour}`,
        size,
        colour,
        price: product.price,
      })
    })
  })
  return variants
}

/** Every variant of the demo catalog, in catalog order. */
export function allDemoVariants(): DemoVariant[] {
  return DEMO_PRODUCTS.flatMap((product, index) => productVariants(product, index))
}

/** The option values of a variant, keyed by option title as createProductsWorkflow expects. */
export function variantOptions(variant: DemoVariant): Record<string, string> {
  return { [SIZE_OPTION]: variant.size, [COLOUR_OPTION]: variant.colour }
}
