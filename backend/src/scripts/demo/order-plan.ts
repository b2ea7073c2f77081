/**
 * The order history the demo starts with: web orders placed through Medusa's cart workflows,
 * some taken further through fulfilment, shipment and delivery.
 */

/** How far an order has gone: each stage includes the ones before it. */
export type DemoOrderProgress = "placed" | "fulfilled" | "shipped" | "delivered"

export type DemoDelivery = "standard" | "free-over-threshold"

export type DemoOrder = {
  customerEmail: string
  items: { sku: string; quantity: number }[]
  delivery: DemoDelivery
  promoCode?: string
  progress: DemoOrderProgress
}

export const DEMO_ORDERS: DemoOrder[] = [
  {
    customerEmail: "camille.martin@example.com",
    items: [
      { sku: "DR101-TER-M", quantity: 1 },
      { sku: "BG703-NAT-TU", quantity: 1 },
    ],
    delivery: "free-over-threshold",
    progress: "delivered",
  },
  {
    customerEmail: "camille.martin@example.com",
    items: [{ sku: "TP204-BLC-S", quantity: 2 }],
    delivery: "standard",
    progress: "placed",
  },
  {
    customerEmail: "julien.bernard@example.com",
    items: [
      { sku: "SH401-BCI-L", quantity: 1 },
      { sku: "TR501-SAB-42", quantity: 1 },
    ],
    delivery: "free-over-threshold",
    promoCode: "BIENVENUE10",
    progress: "delivered",
  },
  {
    customerEmail: "lea.girard@example.com",
    items: [{ sku: "TP203-RMA-S", quantity: 1 }],
    delivery: "standard",
    progress: "shipped",
  },
  {
    customerEmail: "lucas.peeters@example.com",
    items: [
      { sku: "KN601-MAR-M", quantity: 1 },
      { sku: "TR505-SAB-42", quantity: 1 },
    ],
    delivery: "free-over-threshold",
    progress: "delivered",
  },
  {
    customerEmail: "lena.schmidt@example.com",
    items: [{ sku: "BG701-COG-TU", quantity: 1 }],
    delivery: "free-over-threshold",
    progress: "fulfilled",
  },
  {
    customerEmail: "marie.janssens@example.com",
    items: [{ sku: "KN302-ECR-S", quantity: 1 }],
    delivery: "free-over-threshold",
    promoCode: "BIENVENUE10",
    progress: "placed",
  },
  {
    customerEmail: "thomas.lefevre@example.com",
    items: [
      { sku: "TR503-IND-42", quantity: 1 },
      { sku: "KN602-GCH-L", quantity: 1 },
    ],
    delivery: "free-over-threshold",
    progress: "delivered",
  },
  {
    customerEmail: "thomas.lefevre@example.com",
    items: [{ sku: "SC802-CAM-TU", quantity: 1 }],
    delivery: "free-over-threshold",
    progress: "placed",
  },
  {
    customerEmail: "jonas.mueller@example.com",
    items: [{ sku: "KN605-MAR-L", quantity: 1 }],
    delivery: "standard",
    progress: "shipped",
  },
  {
    // Below the threshold the "free" option charges the standard rate: the demo shows both sides.
    customerEmail: "chloe.dubois@example.com",
    items: [{ sku: "TP201-BLC-M", quantity: 1 }],
    delivery: "free-over-threshold",
    progress: "delivered",
  },
]

/** Every SKU the demo orders use, so the stock plan keeps enough of them at the warehouse. */
export const DEMO_ORDER_SKUS = [...new Set(DEMO_ORDERS.flatMap((o) => o.items.map((i) => i.sku)))]
