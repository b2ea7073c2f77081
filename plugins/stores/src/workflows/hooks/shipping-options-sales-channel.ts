import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  listShippingOptionsForCartWithPricingWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"

/*
 * Shipping options can be scoped to sales channels with a rule `{ attribute: "sales_channel_id", operator: "in",
 * value: [ids] }` (the POS take-away option isn't offered on the web shop). The fulfillment module keeps an option
 * only when every rule matches the context, so options without such a rule keep matching everywhere. One handler
 * per hook in the whole app: these belong to this plugin.
 */
const salesChannelContext = ({ cart }: { cart: { sales_channel_id?: string | null } }) =>
  new StepResponse({ sales_channel_id: cart.sales_channel_id })

listShippingOptionsForCartWorkflow.hooks.setShippingOptionsContext(salesChannelContext)
listShippingOptionsForCartWithPricingWorkflow.hooks.setShippingOptionsContext(salesChannelContext)
