import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminAssociateResponse, AdminCreateAssociateBody } from "../types/associate"
import { associateQueryKeys } from "./query-keys"

/** POST /admin/associates. A 4xx rejects with the API's `message` as the error's message. */
export const useCreateAssociate = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCreateAssociateBody) =>
      sdk.client.fetch<AdminAssociateResponse>("/admin/associates", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: associateQueryKeys.all }),
  })
}
