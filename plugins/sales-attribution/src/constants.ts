/** Name of this plugin's package, as registered in medusa-config. */
export const SALES_ATTRIBUTION_PLUGIN = "@passerelle/medusa-plugin-sales-attribution"

/** Events this plugin emits, named `<plugin>.<entity>.<action>`. */
export const SalesAttributionEvents = {
  /** An associate shared a cart with a customer; `{ id, cart_id, touchpoint_id, associate_id, store_id }`. */
  SHARED_CART_CREATED: "sales-attribution.shared_cart.created",
  /** A customer took a shared cart over; `{ id, cart_id, customer_id }`. */
  SHARED_CART_CLAIMED: "sales-attribution.shared_cart.claimed",
  /** A touchpoint was recorded; `{ id, kind, associate_id, store_id, customer_id }`. */
  TOUCHPOINT_CREATED: "sales-attribution.touchpoint.created",
  /** An order's credit was written; `{ id, order_id, rule }`. */
  ORDER_ATTRIBUTED: "sales-attribution.order.attributed",
  /** Credit was taken back for returned goods; `{ id, order_id, return_id, amount }`. */
  ORDER_REVERSED: "sales-attribution.order.reversed",
  /** A manager reassigned an order's credit; `{ id, order_id, actor_id }`. */
  ORDER_OVERRIDDEN: "sales-attribution.order.overridden",
} as const

/** What an associate or e-seller did for a customer that may earn credit. */
export const TOUCHPOINT_KINDS = ["pos_sale", "shared_cart", "assisted", "appointment"] as const
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number]

/** How an assisted contact or an appointment happened. */
export const CONTACT_CHANNELS = ["phone", "chat", "email", "video", "in_store"] as const
export type ContactChannel = (typeof CONTACT_CHANNELS)[number]

/** The rule that credited an order (the header's rule). */
export const ATTRIBUTION_RULES = ["pos_sale", "last_touch", "first_touch", "split", "house", "override"] as const
export type AttributionRule = (typeof ATTRIBUTION_RULES)[number]

/** The rule behind one record: an order's rule, or the store share of a click & collect hand-over. */
export const RECORD_RULES = [...ATTRIBUTION_RULES, "click_collect_share"] as const
export type RecordRule = (typeof RECORD_RULES)[number]

/** Who a record credits: an associate (and their store), a store alone (hand-over share), or the web's house account. */
export const BENEFICIARIES = ["associate", "store", "house"] as const
export type Beneficiary = (typeof BENEFICIARIES)[number]

/** A sale record credits, a return record (negative) takes credit back. */
export const RECORD_KINDS = ["sale", "return"] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

/** Which event reported the return that a reversal answers. */
export const RETURN_SOURCES = ["order.return_received", "store-returns.return.completed"] as const
export type ReturnSource = (typeof RETURN_SOURCES)[number]

/** The store-returns plugin's event, named here so this plugin never imports store-returns at run time. */
export const STORE_RETURN_COMPLETED_EVENT = "store-returns.return.completed"

/** Fulfilment set type of store pickup options (the click-collect plugin's). */
export const PICKUP_FULFILLMENT_SET_TYPE = "pickup"

/** Shared-cart tokens start with this, so a token pasted anywhere says what it is. */
export const SHARED_CART_TOKEN_PREFIX = "sct_"
