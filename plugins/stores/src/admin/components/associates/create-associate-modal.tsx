import { Button, FocusModal, Heading, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useCreateAssociate } from "../../hooks/use-create-associate"
import type { AdminStoreProfileSummary } from "../../types/associate"
import { AssociateFormFields } from "./associate-form-fields"
import { emptyAssociateForm, toCreateBody, type AssociateFormValues } from "./associate-form-values"
import { FormError } from "./form-error"

type CreateAssociateModalProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  stores: AdminStoreProfileSummary[]
}

/** A new associate with their login and stores. The modal stays open, showing the API's message, on a refusal. */
export const CreateAssociateModal = ({ open, onOpenChange, stores }: CreateAssociateModalProps) => {
  const [values, setValues] = useState<AssociateFormValues>(emptyAssociateForm)
  const [localError, setLocalError] = useState<Error | null>(null)
  const { mutate, isPending, error, reset } = useCreateAssociate()

  const handleOpenChange = (next: boolean) => {
    if (!next) {
      setValues(emptyAssociateForm)
      setLocalError(null)
      reset()
    }
    onOpenChange(next)
  }

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    // The one check a browser cannot make on a Select: without it the API would name the field, not the need.
    if (!values.home_store_id) {
      setLocalError(new Error("Choose the associate's home store."))
      return
    }
    setLocalError(null)
    mutate(toCreateBody(values), {
      onSuccess: ({ associate }) => {
        toast.success(`${associate.first_name} ${associate.last_name} can now sign in to the POS`)
        handleOpenChange(false)
      },
    })
  }

  return (
    <FocusModal open={open} onOpenChange={handleOpenChange}>
      <FocusModal.Content>
        <form onSubmit={handleSubmit} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <div className="flex items-center justify-end gap-x-2">
              <FocusModal.Close asChild>
                <Button type="button" variant="secondary" size="small">
                  Cancel
                </Button>
              </FocusModal.Close>
              <Button type="submit" size="small" isLoading={isPending}>
                Create
              </Button>
            </div>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col overflow-y-auto">
            <div className="mx-auto flex w-full max-w-[720px] flex-col gap-y-8 px-2 py-16">
              <div>
                <FocusModal.Title asChild>
                  <Heading>Create associate</Heading>
                </FocusModal.Title>
                <FocusModal.Description asChild>
                  <Text size="small" className="text-ui-fg-subtle">
                    A member of store staff with a POS login of their own, working for one or more stores.
                  </Text>
                </FocusModal.Description>
              </div>
              <FormError error={localError ?? error} />
              <AssociateFormFields
                idPrefix="create-associate"
                mode="create"
                values={values}
                onChange={(change) => setValues((current) => ({ ...current, ...change }))}
                stores={stores}
              />
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
