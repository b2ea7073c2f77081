import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { ASSOCIATE_ACTOR_TYPE } from "../constants"
import {
  AdminCreateAssociate,
  AdminGetAssociatesParams,
  AdminUpdateAssociate,
} from "./admin/associates/validators"
import { listStoreProfilesQueryConfig, retrieveStoreProfileQueryConfig } from "./admin/store-profiles/query-config"
import {
  AdminCreateStoreProfile,
  AdminGetStoreProfilesParams,
  AdminUpdateStoreProfile,
} from "./admin/store-profiles/validators"
import { StoreGetStoresParams } from "./store/stores/validators"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { refuseInactiveAssociateLogin } from "./utils/refuse-inactive-associate-login"
import { requireManager } from "./utils/require-manager"
import { resolveActingStore } from "./utils/resolve-acting-store"
import { resolveAssociate } from "./utils/resolve-associate"

/**
 * /pos is the staff namespace: every route there needs an associate token, an active associate and a store
 * of theirs to act for. /admin stays Medusa's: user tokens only, so associates never reach it.
 */
export default defineMiddlewares({
  routes: [
    {
      matcher: "/pos/*",
      middlewares: [
        authenticate(ASSOCIATE_ACTOR_TYPE, ["bearer", "session"]),
        resolveAssociate as any,
        resolveActingStore as any,
      ],
    },
    { method: ["GET"], matcher: "/pos/team", middlewares: [requireManager as any] },
    {
      method: ["POST"],
      matcher: "/auth/associate/emailpass",
      middlewares: [refuseInactiveAssociateLogin],
    },

    {
      method: ["GET"],
      matcher: "/admin/associates",
      middlewares: [validateAndTransformQuery(AdminGetAssociatesParams, { defaults: ["id"], isList: true })],
    },
    { method: ["POST"], matcher: "/admin/associates", middlewares: [validateAndTransformBody(AdminCreateAssociate)] },
    {
      method: ["POST"],
      matcher: "/admin/associates/:id",
      middlewares: [validateAndTransformBody(AdminUpdateAssociate)],
    },

    {
      method: ["GET"],
      matcher: "/admin/store-profiles",
      middlewares: [validateAndTransformQuery(AdminGetStoreProfilesParams, listStoreProfilesQueryConfig)],
    },
    {
      method: ["POST"],
      matcher: "/admin/store-profiles",
      middlewares: [
        validateAndTransformBody(AdminCreateStoreProfile),
        validateAndTransformQuery(createSelectParams(), retrieveStoreProfileQueryConfig),
      ],
    },
    {
      method: ["GET"],
      matcher: "/admin/store-profiles/:id",
      middlewares: [validateAndTransformQuery(createSelectParams(), retrieveStoreProfileQueryConfig)],
    },
    {
      method: ["POST"],
      matcher: "/admin/store-profiles/:id",
      middlewares: [
        validateAndTransformBody(AdminUpdateStoreProfile),
        validateAndTransformQuery(createSelectParams(), retrieveStoreProfileQueryConfig),
      ],
    },

    {
      method: ["GET"],
      matcher: "/store/stores",
      middlewares: [validateAndTransformQuery(StoreGetStoresParams, { defaults: ["id"], isList: false })],
    },
  ],
})
