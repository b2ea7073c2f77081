import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminAssociateResponse, AdminUpdateAssociateBody } from "../types/associate"
import { associateQueryKeys } from "./query-keys"

export type UpdateAssociateVariables = {
  id: string
  body: AdminUpdateAssociateBody
}

/** POST /admin/associates/:id, for edits and for (de)activation. */
export const useUpdateAssociate = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: UpdateAssociateVariables) =>
      sdk.client.fetch<AdminAssociateResponse>(`/admin/associates/${id}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: associateQueryKeys.all }),
  })
}
