import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type IssueStoreCreditStepInput = {
  customer_id: string
  currency_code: string
  amount: number
  reference: "store_return"
  reference_id: string
}

/**
 * PLACEHOLDER, replaced at merge by the store credit helper's step of the same name and input: until then a store
 * return asking for store credit is refused (and everything before it undone).
 */
export const issueStoreCreditStep = createStep("issue-store-credit", async (_input: IssueStoreCreditStepInput) => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "store credit is not available yet")
})
