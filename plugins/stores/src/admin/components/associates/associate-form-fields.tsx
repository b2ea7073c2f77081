import { Input, Select } from "@medusajs/ui"
import type { AdminStoreProfileSummary, AssociateRole } from "../../types/associate"
import type { AssociateFormValues } from "./associate-form-values"
import { FormField } from "./form-field"
import { StoreAssignmentFields } from "./store-assignment-fields"

type AssociateFormFieldsProps = {
  /** Keeps the ids of the create and edit forms apart. */
  idPrefix: string
  values: AssociateFormValues
  onChange: (change: Partial<AssociateFormValues>) => void
  stores: AdminStoreProfileSummary[]
  /** Creating needs a password; editing takes one only to change it. */
  mode: "create" | "edit"
}

const ROLE_LABELS: Record<AssociateRole, string> = {
  associate: "Associate",
  manager: "Manager",
}

/**
 * The fields the create and edit forms share. Browser checks stop empty required fields; everything else
 * (email format, password length, taken email or employee code, unknown store) is the API's to refuse.
 */
export const AssociateFormFields = ({ idPrefix, values, onChange, stores, mode }: AssociateFormFieldsProps) => {
  const id = (field: string) => `${idPrefix}-${field}`
  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField id={id("first-name")} label="First name">
          <Input
            id={id("first-name")}
            required
            autoComplete="off"
            value={values.first_name}
            onChange={(e) => onChange({ first_name: e.target.value })}
          />
        </FormField>
        <FormField id={id("last-name")} label="Last name">
          <Input
            id={id("last-name")}
            required
            autoComplete="off"
            value={values.last_name}
            onChange={(e) => onChange({ last_name: e.target.value })}
          />
        </FormField>
        <FormField id={id("email")} label="Email" hint="The associate signs in to the POS with it.">
          <Input
            id={id("email")}
            type="email"
            required
            autoComplete="off"
            value={values.email}
            onChange={(e) => onChange({ email: e.target.value })}
          />
        </FormField>
        <FormField id={id("employee-code")} label="Employee code">
          <Input
            id={id("employee-code")}
            required
            autoComplete="off"
            value={values.employee_code}
            onChange={(e) => onChange({ employee_code: e.target.value })}
          />
        </FormField>
        <FormField id={id("role")} label="Role" hint="Managers also see their store's team.">
          <Select value={values.role} onValueChange={(role) => onChange({ role: role as AssociateRole })}>
            <Select.Trigger id={id("role")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {Object.entries(ROLE_LABELS).map(([value, label]) => (
                <Select.Item key={value} value={value}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <FormField
          id={id("password")}
          label={mode === "create" ? "Password" : "New password"}
          optional={mode === "edit"}
          hint={mode === "create" ? "At least 8 characters." : "Leave empty to keep the current password."}
        >
          <Input
            id={id("password")}
            type="password"
            required={mode === "create"}
            autoComplete="new-password"
            value={values.password}
            onChange={(e) => onChange({ password: e.target.value })}
          />
        </FormField>
      </div>
      <StoreAssignmentFields
        idPrefix={idPrefix}
        stores={stores}
        homeStoreId={values.home_store_id}
        otherStoreIds={values.other_store_ids}
        onChange={onChange}
      />
    </div>
  )
}
