import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { plainly } from "@passerelle/medusa-plugin-stores/testing/checkout"
import { failure } from "@passerelle/medusa-plugin-stores/testing/store-network"
import path from "path"
import { attributionService, openAttributionWorld, type AttributionWorld } from "../helpers/attribution-world"
import { adminLogin, seedOctober } from "../helpers/report-records"

jest.setTimeout(300 * 1000)

const OCTOBER = "from=2026-10-01&to=2026-10-31"
/** October in Paris, in UTC: summer time until the 25th, winter time after. */
const OCTOBER_START = Date.parse("2026-09-30T22:00:00Z")
const OCTOBER_END = Date.parse("2026-10-31T23:00:00Z")

/** Rows as `label → figures`, easier to compare than arrays. */
const byLabel = (rows: any[]) =>
  Object.fromEntries(rows.map((row) => [row.label, { gross: row.gross, returns: row.returns, net: row.net, orders: row.orders }]))

const sum = (rows: any[], key: string) => Math.round(rows.reduce((total, row) => total + row[key], 0) * 100) / 100

/** A CSV answer as objects keyed by the header row (this report never quotes line breaks). */
function parseCsv(text: string): Record<string, string>[] {
  const lines = text.split("\r\n").filter(Boolean)
  const split = (line: string) => {
    const fields: string[] = []
    let field = ""
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          field += '"'
          i++
        } else if (ch === '"') {
          quoted = false
        } else {
          field += ch
        }
      } else if (ch === '"') {
        quoted = true
      } else if (ch === ",") {
        fields.push(field)
        field = ""
      } else {
        field += ch
      }
    }
    fields.push(field)
    return fields
  }
  const [header, ...rows] = lines.map(split)
  return rows.map((fields) => Object.fromEntries(header.map((name, index) => [name, fields[index]])))
}

medusaIntegrationTestRunner({
  medusaConfigFile: path.join(__dirname, "../app"),
  testSuite: ({ api, getContainer }) => {
    let world: AttributionWorld
    let orders: Awaited<ReturnType<typeof seedOctober>>
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      world = await openAttributionWorld(getContainer(), api)
      orders = await seedOctober(getContainer(), world)
      admin = await adminLogin(api)
    })

    const report = async (path: string, headers: { headers: Record<string, string> } = admin): Promise<any> =>
      ((await plainly(`GET ${path}`, api.get(path, headers))) as { data: unknown }).data

    it("groups October by associate, store, channel and day, in Paris days, superseded records left out", async () => {
      const byAssociate = await report(`/admin/reports/attribution?${OCTOBER}`)
      expect(byAssociate).toMatchObject({ from: "2026-10-01", to: "2026-10-31", timezone: "Europe/Paris", group_by: ["associate"] })
      expect(byLabel(byAssociate.rows)).toEqual({
        "Léa (PAR-01)": { gross: 130, returns: 40, net: 90, orders: 2 },
        "Hugo (PAR-01)": { gross: 90, returns: 0, net: 90, orders: 1 },
        "Maud (PAR-01)": { gross: 90, returns: 0, net: 90, orders: 1 },
        "Inès (CC-01)": { gross: 50, returns: 0, net: 50, orders: 1 },
        "Bruno (LYO-01)": { gross: 80, returns: 0, net: 80, orders: 1 },
        "Store share (click & collect)": { gross: 8, returns: 0, net: 8, orders: 1 },
        "House account": { gross: 72, returns: 0, net: 72, orders: 1 },
      })
      const lea = byAssociate.rows.find((row: any) => row.label === "Léa (PAR-01)")
      expect(lea).toMatchObject({ beneficiary: "associate", associate_id: world.associateIds.lea, currency_code: "eur" })
      expect(lea).not.toHaveProperty("store_id")
      expect(byAssociate.totals).toEqual({ eur: { gross: 520, returns: 40, net: 480, orders: 6 } })

      const byStore = await report(`/admin/reports/attribution?${OCTOBER}&group_by=store`)
      expect(byLabel(byStore.rows)).toEqual({
        "PAR-01 Paris": { gross: 318, returns: 40, net: 278, orders: 5 },
        "CC-01 Centre de contact": { gross: 50, returns: 0, net: 50, orders: 1 },
        "LYO-01 Lyon": { gross: 80, returns: 0, net: 80, orders: 1 },
        "House account": { gross: 72, returns: 0, net: 72, orders: 1 },
      })
      expect(byStore.rows.find((row: any) => row.label === "PAR-01 Paris").store_id).toBe(world.network.stores["PAR-01"].id)

      const byChannel = await report(`/admin/reports/attribution?${OCTOBER}&group_by=channel`)
      expect(byLabel(byChannel.rows)).toEqual({
        Web: { gross: 260, returns: 40, net: 220, orders: 3 },
        POS: { gross: 260, returns: 0, net: 260, orders: 3 },
      })

      const byDay = await report(`/admin/reports/attribution?${OCTOBER}&group_by=day`)
      expect(byDay.rows.map((row: any) => [row.day, row.gross, row.returns, row.net, row.orders])).toEqual([
        ["2026-10-01", 100, 0, 100, 1],
        ["2026-10-05", 170, 0, 170, 2],
        ["2026-10-07", 80, 0, 80, 1],
        ["2026-10-08", 90, 0, 90, 1],
        ["2026-10-12", 80, 0, 80, 1],
        ["2026-10-20", 0, 40, -40, 0],
      ])

      const combined = await report(`/admin/reports/attribution?${OCTOBER}&group_by=day,store,channel`)
      expect(combined.group_by).toEqual(["day", "store", "channel"])
      expect(combined.rows.map((row: any) => `${row.label}: ${row.gross}/${row.returns}`)).toEqual([
        "2026-10-01 · CC-01 Centre de contact · Web: 50/0",
        "2026-10-01 · PAR-01 Paris · Web: 50/0",
        "2026-10-05 · PAR-01 Paris · POS: 90/0",
        "2026-10-05 · PAR-01 Paris · Web: 80/0",
        "2026-10-07 · LYO-01 Lyon · POS: 80/0",
        "2026-10-08 · PAR-01 Paris · POS: 90/0",
        "2026-10-12 · House account · Web: 72/0",
        "2026-10-12 · PAR-01 Paris · Web: 8/0",
        "2026-10-20 · PAR-01 Paris · Web: 0/40",
      ])
      expect(combined.rows[0]).toMatchObject({
        day: "2026-10-01",
        store_id: world.network.stores["CC-01"].id,
        sales_channel_id: world.network.webChannelId,
      })

      // Every grouping sums to the same totals.
      for (const answer of [byAssociate, byStore, byChannel, byDay, combined]) {
        expect(answer.totals).toEqual(byAssociate.totals)
        expect({ gross: sum(answer.rows, "gross"), returns: sum(answer.rows, "returns"), net: sum(answer.rows, "net") }).toEqual({
          gross: 520,
          returns: 40,
          net: 480,
        })
      }
    })

    it("sums exactly the records and the orders it covers", async () => {
      const container = getContainer()
      const { rows, totals } = await report(`/admin/reports/attribution?${OCTOBER}&group_by=day,associate`)
      const records = (await attributionService(container).listAttributionRecords({ superseded_at: null })) as any[]
      const covered = records.filter((r) => {
        const at = new Date(r.occurred_at).getTime()
        return at >= OCTOBER_START && at < OCTOBER_END
      })
      const amountOf = (kind: string) => covered.filter((r) => r.kind === kind).reduce((total, r) => total + Number(r.amount), 0)
      expect(totals.eur.gross).toBe(amountOf("sale"))
      expect(totals.eur.returns).toBe(-amountOf("return"))
      expect(totals.eur.net).toBe(totals.eur.gross - totals.eur.returns)
      expect(sum(rows, "net")).toBe(totals.eur.net)

      // The orders with a sale in October, as the order module totals them (net of tax, store credit included).
      const saleOrderIds = [...new Set(covered.filter((r) => r.kind === "sale").map((r) => r.order_id))]
      expect(saleOrderIds.sort()).toEqual([orders.a, orders.b, orders.c, orders.e, orders.f, orders.g].map((o) => o.id).sort())
      expect(totals.eur.orders).toBe(saleOrderIds.length)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: placed } = await query.graph({
        entity: "order",
        fields: ["id", "total", "tax_total", "credit_line_total"],
        filters: { id: saleOrderIds },
      })
      const base = placed.reduce(
        (total: number, order: any) => total + Number(order.total) + Number(order.credit_line_total ?? 0) - Number(order.tax_total),
        0
      )
      expect(totals.eur.gross).toBe(base)
    })

    it("cuts days in Paris at both ends of the period", async () => {
      const november = await report(`/admin/reports/attribution?from=2026-11-01&to=2026-11-30&group_by=day`)
      expect(november.rows.map((row: any) => [row.day, row.gross])).toEqual([["2026-11-01", 10]])
      const lastOfSeptember = await report(`/admin/reports/attribution?from=2026-09-30&to=2026-09-30&group_by=associate`)
      expect(byLabel(lastOfSeptember.rows)).toEqual({ "Léa (PAR-01)": { gross: 80, returns: 0, net: 80, orders: 1 } })
      const firstOfOctober = await report(`/admin/reports/attribution?from=2026-10-01&to=2026-10-01&group_by=store`)
      expect(firstOfOctober.totals).toEqual({ eur: { gross: 100, returns: 0, net: 100, orders: 1 } })
      const lastOfOctober = await report(`/admin/reports/attribution?from=2026-10-31&to=2026-10-31`)
      expect(lastOfOctober).toMatchObject({ rows: [], totals: {} })

      // Admin filters narrow the same figures.
      const parisWeb = await report(
        `/admin/reports/attribution?${OCTOBER}&store_id=${world.network.stores["PAR-01"].id}&sales_channel_id=${world.network.webChannelId}`
      )
      expect(byLabel(parisWeb.rows)).toEqual({
        "Léa (PAR-01)": { gross: 130, returns: 40, net: 90, orders: 2 },
        "Store share (click & collect)": { gross: 8, returns: 0, net: 8, orders: 1 },
      })
      const ines = await report(`/admin/reports/attribution?${OCTOBER}&associate_id=${world.associateIds.ines}&group_by=channel`)
      expect(byLabel(ines.rows)).toEqual({ Web: { gross: 50, returns: 0, net: 50, orders: 1 } })
    })

    it("shows an associate only their own figures and a manager only their store", async () => {
      const { tablets, associateIds } = world
      const lea = await report(`/pos/reports/attribution?${OCTOBER}`, tablets.lea)
      expect(byLabel(lea.rows)).toEqual({ "Léa (PAR-01)": { gross: 130, returns: 40, net: 90, orders: 2 } })
      const leaByDay = await report(`/pos/reports/attribution?${OCTOBER}&group_by=day,store`, tablets.lea)
      expect(leaByDay.rows.map((row: any) => `${row.label}: ${row.net}`)).toEqual([
        "2026-10-01 · PAR-01 Paris: 50",
        "2026-10-05 · PAR-01 Paris: 80",
        "2026-10-20 · PAR-01 Paris: -40",
      ])
      const ines = await report(`/pos/reports/attribution?${OCTOBER}&group_by=store`, tablets.ines)
      expect(byLabel(ines.rows)).toEqual({ "CC-01 Centre de contact": { gross: 50, returns: 0, net: 50, orders: 1 } })
      const leaAsksForHugo = await failure(api.get(`/pos/reports/attribution?${OCTOBER}&associate_id=${associateIds.hugo}`, tablets.lea))
      expect(leaAsksForHugo.status).toBe(403)
      expect(leaAsksForHugo.data.message).toBe("An associate sees only their own figures")

      const maud = await report(`/pos/reports/attribution?${OCTOBER}`, tablets.maud)
      expect(byLabel(maud.rows)).toEqual({
        "Léa (PAR-01)": { gross: 130, returns: 40, net: 90, orders: 2 },
        "Hugo (PAR-01)": { gross: 90, returns: 0, net: 90, orders: 1 },
        "Maud (PAR-01)": { gross: 90, returns: 0, net: 90, orders: 1 },
        "Store share (click & collect)": { gross: 8, returns: 0, net: 8, orders: 1 },
      })
      expect(maud.totals).toEqual({ eur: { gross: 318, returns: 40, net: 278, orders: 5 } })
      const maudOnHugo = await report(`/pos/reports/attribution?${OCTOBER}&associate_id=${associateIds.hugo}&group_by=day`, tablets.maud)
      expect(maudOnHugo.rows.map((row: any) => [row.day, row.gross])).toEqual([["2026-10-05", 90]])
      // Bruno manages Lyon: Léa's figures are not his to see, even when asked by id.
      const bruno = await report(`/pos/reports/attribution?${OCTOBER}`, tablets.bruno)
      expect(byLabel(bruno.rows)).toEqual({ "Bruno (LYO-01)": { gross: 80, returns: 0, net: 80, orders: 1 } })
      const brunoOnLea = await report(`/pos/reports/attribution?${OCTOBER}&associate_id=${associateIds.lea}`, tablets.bruno)
      expect(brunoOnLea.rows).toEqual([])

      const noStoreFilterOnPos = await failure(
        api.get(`/pos/reports/attribution?${OCTOBER}&store_id=${world.network.stores["LYO-01"].id}`, tablets.maud)
      )
      expect(noStoreFilterOnPos.status).toBe(400)
      expect((await failure(api.get(`/admin/reports/attribution?${OCTOBER}`))).status).toBe(401)
    })

    it("refuses bad periods and groupings with a sentence", async () => {
      const problem = async (query: string) => {
        const answer = await failure(api.get(`/admin/reports/attribution?${query}`, admin))
        expect(answer.status).toBe(400)
        return answer.data.message as string
      }
      expect(await problem("from=2026-02-30&to=2026-03-31")).toBe(
        'Invalid request: from must be a calendar day as YYYY-MM-DD (got "2026-02-30")'
      )
      expect(await problem("from=2026-10-01&to=31/10/2026")).toBe(
        'Invalid request: to must be a calendar day as YYYY-MM-DD (got "31/10/2026")'
      )
      expect(await problem("to=2026-10-31")).toBe("Invalid request: Field 'from' is required")
      expect(await problem("from=2026-10-31&to=2026-10-01")).toBe("Invalid request: to (2026-10-01) is before from (2026-10-31)")
      expect(await problem("from=2026-01-01&to=2027-01-02")).toBe(
        "Invalid request: A report covers at most 366 days; 2026-01-01 to 2027-01-02 is 367 days"
      )
      expect(await problem(`${OCTOBER}&group_by=store,region`)).toBe(
        'Invalid request: group_by takes a comma list of associate, store, channel, day (got "region")'
      )
      expect(await problem(`${OCTOBER}&format=xlsx`)).toMatch(/format/)
      const tablet = await failure(api.get("/pos/reports/attribution?from=2026-10-01", world.tablets.lea))
      expect(tablet.status).toBe(400)
    })

    it("exports the same figures as CSV, by Accept header or ?format=csv", async () => {
      const json = await report(`/admin/reports/attribution?${OCTOBER}&group_by=store,channel`)
      const byHeader = await api.get(`/admin/reports/attribution?${OCTOBER}&group_by=store,channel`, {
        headers: { ...admin.headers, accept: "text/csv" },
        responseType: "text",
      })
      expect(byHeader.headers["content-type"]).toMatch(/^text\/csv/)
      expect(byHeader.headers["content-disposition"]).toBe('attachment; filename="attribution-2026-10-01-2026-10-31.csv"')
      const byFormat = await api.get(`/admin/reports/attribution?${OCTOBER}&group_by=store,channel&format=csv`, {
        ...admin,
        responseType: "text",
      })
      expect(byFormat.data).toBe(byHeader.data)
      expect((byHeader.data as string).split("\r\n")[0]).toBe("store_id,sales_channel_id,label,currency_code,gross,returns,net,orders")
      const csv = parseCsv(byHeader.data)
      expect(csv).toEqual(
        json.rows.map((row: any) => ({
          store_id: row.store_id ?? "",
          sales_channel_id: row.sales_channel_id ?? "",
          label: row.label,
          currency_code: "eur",
          gross: row.gross.toFixed(2),
          returns: row.returns.toFixed(2),
          net: row.net.toFixed(2),
          orders: String(row.orders),
        }))
      )
      expect(csv.reduce((total, row) => total + Number(row.gross), 0)).toBe(json.totals.eur.gross)

      // The tablet's CSV: Léa's own line only.
      const lea = await api.get(`/pos/reports/attribution?${OCTOBER}&format=csv`, { ...world.tablets.lea, responseType: "text" })
      expect(parseCsv(lea.data)).toEqual([
        {
          beneficiary: "associate",
          associate_id: world.associateIds.lea,
          label: "Léa (PAR-01)",
          currency_code: "eur",
          gross: "130.00",
          returns: "40.00",
          net: "90.00",
          orders: "2",
        },
      ])
      // JSON stays the default for a browser-like Accept.
      const browserLike = await api.get(`/admin/reports/attribution?${OCTOBER}`, {
        headers: { ...admin.headers, accept: "application/json, text/plain, */*" },
      })
      expect(browserLike.data.rows).toHaveLength(7)
    })
  },
})
