/** Fulfilment set type of a store's pickup counter: Medusa's own name for "the customer collects it here". */
export const PICKUP_FULFILLMENT_SET_TYPE = "pickup"

/** Shipping option type code of each store's free "Pick up in store" option. */
export const PICKUP_OPTION_TYPE_CODE = "pickup"

/** Name of this plugin's package, as registered in medusa-config. */
export const CLICK_COLLECT_PLUGIN = "@passerelle/medusa-plugin-click-collect"

/** Events the pickup lifecycle emits, named `<plugin>.<entity>.<action>`; each carries `{ id, order_id }`. */
export const PickupEvents = {
  PLACED: "click-collect.pickup.placed",
  PREPARING: "click-collect.pickup.preparing",
  READY: "click-collect.pickup.ready",
  COLLECTED: "click-collect.pickup.collected",
  EXPIRED: "click-collect.pickup.expired",
  CANCELED: "click-collect.pickup.canceled",
  ITEM_MISSING: "click-collect.pickup.item_missing",
} as const

/** Wrong codes allowed on one pickup before code checks lock. */
export const MAX_PICKUP_CODE_ATTEMPTS = 5
/** How long code checks stay locked after too many wrong codes. */
export const PICKUP_CODE_LOCK_MINUTES = 15

/** Notification templates the lifecycle sends through Medusa's Notification module (channel "email"). */
export const PickupNotificationTemplates = {
  READY: "click-collect.pickup-ready",
  REMINDER: "click-collect.pickup-reminder",
  EXPIRED: "click-collect.pickup-expired",
  ITEM_MISSING: "click-collect.pickup-item-missing",
} as const

/**
 * Shipping option rule attribute naming the sales channels an option is offered in: the stores plugin puts the
 * cart's channel in the shipping-option context under this name.
 */
export const SALES_CHANNEL_RULE_ATTRIBUTE = "sales_channel_id"
