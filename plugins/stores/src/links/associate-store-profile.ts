import { defineLink } from "@medusajs/framework/utils"
import AssociateModule from "../modules/associate"
import StoreProfileModule from "../modules/store-profile"

/**
 * The stores an associate works for. Exactly one link per associate has `is_home: true`: the store they act for
 * unless they name another of theirs.
 */
export default defineLink(
  { linkable: AssociateModule.linkable.associate, isList: true },
  { linkable: StoreProfileModule.linkable.storeProfile, isList: true },
  {
    database: {
      extraColumns: {
        is_home: { type: "boolean", defaultValue: "false" },
      },
    },
  }
)
