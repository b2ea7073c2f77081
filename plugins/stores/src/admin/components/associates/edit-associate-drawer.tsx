import { Button, Drawer, Label, Switch, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useAssociate } from "../../hooks/use-associate"
import { useToggleAssociateActive } from "../../hooks/use-toggle-associate-active"
import { useUpdateAssociate } from "../../hooks/use-update-associate"
import type { AdminStoreProfileSummary } from "../../types/associate"
import { AssociateFormFields } from "./associate-form-fields"
import { formFromAssociate, toUpdateBody, type AssociateFormValues } from "./associate-form-values"
import { FormError } from "./form-error"

type EditAssociateDrawerProps = {
  /** The associate to edit; null closes the drawer. */
  associateId: string | null
  onClose: () => void
  stores: AdminStoreProfileSummary[]
}

type FormState = {
  associateId: string
  /** As loaded when editing began: Save sends only what differs from it. */
  initial: AssociateFormValues
  values: AssociateFormValues
}

/**
 * Edits an associate: profile, role, stores, an optional new password. The Active switch acts at once, after
 * its own confirmation, rather than waiting for Save: locking someone out should not hinge on a second click.
 */
export const EditAssociateDrawer = ({ associateId, onClose, stores }: EditAssociateDrawerProps) => {
  const { data, error: loadError } = useAssociate(associateId)
  const associate = data?.associate.id === associateId ? data.associate : undefined
  const [form, setForm] = useState<FormState | null>(null)
  const { mutate, isPending, error, reset } = useUpdateAssociate()
  const { toggle, isPending: isToggling } = useToggleAssociateActive()

  // Start from the saved values once per opening; a refetch (after the Active switch) keeps what was typed.
  useEffect(() => {
    if (!associateId) {
      setForm(null)
      reset()
    } else if (associate && form?.associateId !== associate.id) {
      const initial = formFromAssociate(associate)
      setForm({ associateId: associate.id, initial, values: initial })
    }
  }, [associateId, associate, form?.associateId, reset])

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!associate || !form) {
      return
    }
    const body = toUpdateBody(form.initial, form.values)
    if (!Object.keys(body).length) {
      onClose()
      return
    }
    mutate(
      { id: associate.id, body },
      {
        onSuccess: ({ associate: saved }) => {
          toast.success(`${saved.first_name} ${saved.last_name} is updated`)
          onClose()
        },
      }
    )
  }

  const onChange = (change: Partial<AssociateFormValues>) =>
    setForm((current) => (current ? { ...current, values: { ...current.values, ...change } } : current))

  return (
    <Drawer open={!!associateId} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <form onSubmit={handleSubmit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{associate ? `Edit ${associate.first_name} ${associate.last_name}` : "Edit associate"}</Drawer.Title>
            <Drawer.Description className="sr-only">Profile, role, stores, password and access</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-6 overflow-y-auto">
            <FormError error={loadError} />
            {associate && form && (
              <>
                <div className="flex items-start justify-between gap-x-4 rounded-md border px-4 py-3">
                  <div className="flex flex-col">
                    <Label htmlFor="edit-associate-active" size="small" weight="plus">
                      Active
                    </Label>
                    <Text size="small" className="text-ui-fg-subtle">
                      {associate.is_active
                        ? "Can sign in to the POS for their stores."
                        : "Locked out of the POS; their history is kept."}
                    </Text>
                  </div>
                  <Switch
                    id="edit-associate-active"
                    checked={associate.is_active}
                    disabled={isToggling}
                    onCheckedChange={() => toggle(associate)}
                  />
                </div>
                <FormError error={error} />
                <AssociateFormFields
                  idPrefix="edit-associate"
                  mode="edit"
                  values={form.values}
                  onChange={onChange}
                  stores={stores}
                />
              </>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" variant="secondary" size="small">
                Cancel
              </Button>
            </Drawer.Close>
            <Button type="submit" size="small" isLoading={isPending} disabled={!form}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
