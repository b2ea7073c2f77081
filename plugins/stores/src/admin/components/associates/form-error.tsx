import { Alert } from "@medusajs/ui"

/** The API's answer to a refused create or update (`{ message }` of a 400, 404 or 422), shown in the form. */
export const FormError = ({ error }: { error: Error | null }) =>
  error ? (
    <Alert variant="error" dismissible={false}>
      {error.message}
    </Alert>
  ) : null
