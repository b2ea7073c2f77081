import { Checkbox, Label, Select, Text } from "@medusajs/ui"
import type { AdminStoreProfileSummary } from "../../types/associate"
import { FormField } from "./form-field"

type StoreAssignmentFieldsProps = {
  idPrefix: string
  stores: AdminStoreProfileSummary[]
  homeStoreId: string
  otherStoreIds: string[]
  onChange: (change: { home_store_id: string; other_store_ids: string[] }) => void
}

const storeLabel = (store: AdminStoreProfileSummary) => `${store.code} · ${store.name}`

/**
 * The home store (required; where the associate signs in by default) and the other stores they may act for.
 * The home store is left out of the other stores, as the API would drop it from there anyway.
 */
export const StoreAssignmentFields = ({
  idPrefix,
  stores,
  homeStoreId,
  otherStoreIds,
  onChange,
}: StoreAssignmentFieldsProps) => {
  const setHome = (id: string) =>
    onChange({ home_store_id: id, other_store_ids: otherStoreIds.filter((other) => other !== id) })

  const toggleOther = (id: string, checked: boolean) =>
    onChange({
      home_store_id: homeStoreId,
      other_store_ids: checked ? [...otherStoreIds, id] : otherStoreIds.filter((other) => other !== id),
    })

  const others = stores.filter((store) => store.id !== homeStoreId)

  return (
    <>
      <FormField id={`${idPrefix}-home-store`} label="Home store">
        <Select value={homeStoreId} onValueChange={setHome}>
          <Select.Trigger id={`${idPrefix}-home-store`}>
            <Select.Value placeholder="Select the home store" />
          </Select.Trigger>
          <Select.Content>
            {stores.map((store) => (
              <Select.Item key={store.id} value={store.id}>
                {storeLabel(store)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>

      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Other stores
          <Text as="span" size="small" className="text-ui-fg-muted">
            {" "}
            (Optional)
          </Text>
        </Label>
        {others.length ? (
          <div className="bg-ui-bg-field flex max-h-64 flex-col gap-y-2 overflow-y-auto rounded-md border px-3 py-2">
            {others.map((store) => {
              const id = `${idPrefix}-store-${store.id}`
              return (
                <div key={store.id} className="flex items-center gap-x-2">
                  <Checkbox
                    id={id}
                    checked={otherStoreIds.includes(store.id)}
                    onCheckedChange={(checked) => toggleOther(store.id, checked === true)}
                  />
                  <Label htmlFor={id} size="small">
                    {storeLabel(store)}
                  </Label>
                </div>
              )
            })}
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-muted">
            {stores.length ? "No other store to add." : "No store yet: create a store profile first."}
          </Text>
        )}
      </div>
    </>
  )
}
