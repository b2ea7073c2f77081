import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadAssociates } from "@passerelle/medusa-plugin-stores/api/utils/load-associates"
import type { AttributionReportRow } from "../../utils/attribution-report-types"
import type { ReportDimension } from "../../utils/report-params"

type Names = {
  associates: Map<string, string>
  stores: Map<string, string>
  channels: Map<string, string>
  houseAccountName: string
}

const distinct = (rows: AttributionReportRow[], key: "associate_id" | "store_id" | "sales_channel_id") =>
  [...new Set(rows.map((row) => row[key]).filter((id): id is string => !!id))]

/** The part of a row's label one dimension gives. */
function dimensionLabel(row: AttributionReportRow, dimension: ReportDimension, names: Names): string {
  switch (dimension) {
    case "day":
      return row.day ?? ""
    case "associate":
      if (row.beneficiary === "house") {
        return names.houseAccountName
      }
      if (row.beneficiary === "store") {
        return "Store share (click & collect)"
      }
      return (row.associate_id && names.associates.get(row.associate_id)) ?? row.associate_id ?? "Unknown associate"
    case "store":
      // Only the house account's records have no store.
      return row.store_id ? names.stores.get(row.store_id) ?? row.store_id : names.houseAccountName
    case "channel":
      return row.sales_channel_id ? names.channels.get(row.sales_channel_id) ?? row.sales_channel_id : "No channel"
  }
}

/**
 * Gives each row a label a person reads ("2026-10-05 · Léa (PAR-01) · Web Store"), in the order of `group_by`,
 * then sorts rows by day and label. Names come in three reads whatever the number of rows: associates (first
 * name and home store code), stores (code and name) and sales channels (name); the house account is the
 * plugin's `houseAccountName`.
 */
export async function labelReportRows(
  scope: MedusaContainer,
  rows: AttributionReportRow[],
  groupBy: ReportDimension[],
  houseAccountName: string
): Promise<AttributionReportRow[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const storeIds = distinct(rows, "store_id")
  const channelIds = distinct(rows, "sales_channel_id")
  const [associates, { data: stores }, { data: channels }] = await Promise.all([
    loadAssociates(scope, distinct(rows, "associate_id")),
    storeIds.length
      ? query.graph({ entity: "store_profile", fields: ["id", "code", "name"], filters: { id: storeIds } })
      : Promise.resolve({ data: [] as any[] }),
    channelIds.length
      ? query.graph({ entity: "sales_channel", fields: ["id", "name"], filters: { id: channelIds } })
      : Promise.resolve({ data: [] as any[] }),
  ])
  const names: Names = {
    associates: new Map(
      associates.map((associate) => {
        const home = associate.home_store ?? associate.stores[0]
        return [associate.id, home ? `${associate.first_name} (${home.code})` : associate.first_name]
      })
    ),
    stores: new Map(stores.map((store: any) => [store.id, `${store.code} ${store.name}`])),
    channels: new Map(channels.map((channel: any) => [channel.id, channel.name])),
    houseAccountName,
  }
  const labelled = rows.map((row) => {
    const parts = groupBy.map((dimension) => dimensionLabel(row, dimension, names))
    // "House account · House account" when grouped by associate and store: say it once.
    return { ...row, label: parts.filter((part, index) => parts.indexOf(part) === index).join(" · ") }
  })
  return labelled.sort(
    (a, b) =>
      (a.day ?? "").localeCompare(b.day ?? "") ||
      a.label.localeCompare(b.label) ||
      a.currency_code.localeCompare(b.currency_code)
  )
}
