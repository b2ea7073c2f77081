import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { IssueStoreCreditInput, issueStoreCreditStep } from "./steps/issue-store-credit"

/** Credits a customer's store credit (a refund as credit, an admin's adjustment): `{ account_id, entry_id, balance }`. */
export const issueStoreCreditWorkflow = createWorkflow("issue-store-credit", (input: IssueStoreCreditInput) => {
  return new WorkflowResponse(issueStoreCreditStep(input))
})
