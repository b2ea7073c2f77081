import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { CustomerNote } from "./models/customer-note"
import { CustomerPreference } from "./models/customer-preference"

export type CustomerPreferenceUpdate = {
  id: string
  sizes?: Record<string, string> | null
  marketing_consent?: boolean
  marketing_consented_at?: Date | null
  share_history_with_associates?: boolean
  share_history_consented_at?: Date | null
}

export default class CustomerInsightModuleService extends MedusaService({
  CustomerNote,
  CustomerPreference,
}) {
  /**
   * Updates a preference record with `sizes` written as given. The generated `updateCustomerPreferences` merges a
   * JSON object into the stored one, which would keep a size the customer no longer gives (or that an undo must
   * take back).
   */
  @InjectManager()
  async replaceCustomerPreferences(data: CustomerPreferenceUpdate, @MedusaContext() sharedContext: Context = {}) {
    return await this.replaceCustomerPreferences_(data, sharedContext)
  }

  @InjectTransactionManager()
  protected async replaceCustomerPreferences_(
    data: CustomerPreferenceUpdate,
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (data.sizes !== undefined) {
      await this.updateCustomerPreferences({ id: data.id, sizes: null }, sharedContext)
    }
    return await this.updateCustomerPreferences(data, sharedContext)
  }
}
