/** Fulfilment set type of a store's pickup counter: Medusa's own name for "the customer collects it here". */
export const PICKUP_FULFILLMENT_SET_TYPE = "pickup"

/** Shipping option type code of each store's free "Pick up in store" option. */
export const PICKUP_OPTION_TYPE_CODE = "pickup"

/** Name of this plugin's package, as registered in medusa-config. */
export const CLICK_COLLECT_PLUGIN = "@passerelle/medusa-plugin-click-collect"
