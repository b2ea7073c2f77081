import { toast, usePrompt } from "@medusajs/ui"
import { useCallback, useRef } from "react"
import type { AdminAssociate } from "../types/associate"
import { useUpdateAssociate } from "./use-update-associate"

/**
 * Activates or deactivates an associate after the merchandiser confirms. Deactivating locks them out of the POS
 * at once (their tokens stop working), so that prompt is the danger kind. Resolves to whether anything changed.
 * `toggle` keeps its identity across renders (table columns are memoised on it).
 */
export const useToggleAssociateActive = () => {
  const prompt = usePrompt()
  const { mutateAsync, isPending } = useUpdateAssociate()

  // usePrompt hands out a new function every render; read the latest one when called.
  const promptRef = useRef(prompt)
  promptRef.current = prompt

  const toggle = useCallback(async (associate: AdminAssociate): Promise<boolean> => {
    const name = `${associate.first_name} ${associate.last_name}`
    const activate = !associate.is_active
    const confirmed = await promptRef.current(
      activate
        ? {
            title: `Activate ${name}?`,
            description: `${name} will be able to sign in to the POS again, for the stores they are assigned to.`,
            confirmText: "Activate",
            cancelText: "Cancel",
            variant: "confirmation",
          }
        : {
            title: `Deactivate ${name}?`,
            description: `${name} is signed out of the POS at once and cannot sign in until reactivated. Their history is kept.`,
            confirmText: "Deactivate",
            cancelText: "Cancel",
            variant: "danger",
          }
    )
    if (!confirmed) {
      return false
    }
    try {
      await mutateAsync({ id: associate.id, body: { is_active: activate } })
      toast.success(activate ? `${name} is active again` : `${name} is deactivated`)
      return true
    } catch (error) {
      toast.error(activate ? "Could not activate" : "Could not deactivate", {
        description: (error as Error).message,
      })
      return false
    }
  }, [mutateAsync])

  return { toggle, isPending }
}
