import { Hint, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormFieldProps = {
  id: string
  label: string
  optional?: boolean
  hint?: string
  children: ReactNode
}

/** A label, its control and an optional hint, laid out as the dashboard's forms are. */
export const FormField = ({ id, label, optional, hint, children }: FormFieldProps) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {optional && (
        <Text as="span" size="small" className="text-ui-fg-muted">
          {" "}
          (Optional)
        </Text>
      )}
    </Label>
    {children}
    {hint && <Hint>{hint}</Hint>}
  </div>
)
