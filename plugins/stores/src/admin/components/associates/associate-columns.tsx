import { CheckCircle, PencilSquare, XCircle } from "@medusajs/icons"
import { Badge, StatusBadge, Text, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import type { AdminAssociate } from "../../types/associate"

const columnHelper = createDataTableColumnHelper<AdminAssociate>()

type AssociateColumnsOptions = {
  onEdit: (associate: AdminAssociate) => void
  onToggleActive: (associate: AdminAssociate) => void
}

/** The associates table: who they are, their role, where they work, whether they can sign in. */
export const useAssociateColumns = ({ onEdit, onToggleActive }: AssociateColumnsOptions) =>
  useMemo(
    () => [
      columnHelper.accessor((associate) => `${associate.first_name} ${associate.last_name}`, {
        id: "name",
        header: "Name",
        cell: ({ row }) => (
          <Text size="small" weight="plus" leading="compact">
            {row.original.first_name} {row.original.last_name}
          </Text>
        ),
      }),
      columnHelper.accessor("email", { header: "Email" }),
      columnHelper.accessor("employee_code", {
        header: "Employee code",
        cell: ({ getValue }) => (
          <Text size="small" family="mono" leading="compact">
            {getValue()}
          </Text>
        ),
      }),
      columnHelper.accessor("role", {
        header: "Role",
        cell: ({ getValue }) =>
          getValue() === "manager" ? (
            <Badge size="2xsmall" color="purple">
              Manager
            </Badge>
          ) : (
            <Badge size="2xsmall" color="grey">
              Associate
            </Badge>
          ),
      }),
      columnHelper.accessor("home_store", {
        header: "Home store",
        cell: ({ getValue }) => {
          const store = getValue()
          return store ? (
            <span title={store.name}>
              <Badge size="2xsmall">{store.code}</Badge>
            </span>
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              -
            </Text>
          )
        },
      }),
      columnHelper.accessor("stores", {
        header: "Other stores",
        truncateTooltip: false,
        cell: ({ getValue }) => {
          const others = getValue().filter((store) => !store.is_home)
          return others.length ? (
            <div className="flex flex-wrap gap-1">
              {others.map((store) => (
                <span key={store.id} title={store.name}>
                  <Badge size="2xsmall">{store.code}</Badge>
                </span>
              ))}
            </div>
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              -
            </Text>
          )
        },
      }),
      columnHelper.accessor("is_active", {
        header: "Status",
        cell: ({ getValue }) =>
          getValue() ? <StatusBadge color="green">Active</StatusBadge> : <StatusBadge color="grey">Inactive</StatusBadge>,
      }),
      columnHelper.action({
        actions: ({ row }) => [
          [
            { label: "Edit", icon: <PencilSquare />, onClick: () => onEdit(row.original) },
            {
              label: row.original.is_active ? "Deactivate" : "Activate",
              icon: row.original.is_active ? <XCircle /> : <CheckCircle />,
              onClick: () => onToggleActive(row.original),
            },
          ],
        ],
      }),
    ],
    [onEdit, onToggleActive]
  )
