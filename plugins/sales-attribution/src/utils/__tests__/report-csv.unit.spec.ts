import type { AttributionReportRow } from "../attribution-report-types"
import { csvAmount, csvField, renderAttributionReportCsv, reportCsvColumns, reportCsvFilename } from "../report-csv"

const figures = { gross: 160, returns: 40.5, net: 119.5, orders: 2 }

describe("report CSV", () => {
  it("quotes fields as RFC 4180 says", () => {
    expect(csvField("Léa (PAR-01)")).toBe("Léa (PAR-01)")
    expect(csvField("Paris, Marais")).toBe('"Paris, Marais"')
    expect(csvField('Le "Grand" magasin')).toBe('"Le ""Grand"" magasin"')
    expect(csvField("two\nlines")).toBe('"two\nlines"')
    expect(csvField(" padded")).toBe('" padded"')
    expect(csvField(null)).toBe("")
    expect(csvField(undefined)).toBe("")
    expect(csvField(3)).toBe("3")
  })

  it("writes amounts with a dot and two decimals", () => {
    expect(csvAmount(1234.5)).toBe("1234.50")
    expect(csvAmount(-12)).toBe("-12.00")
    expect(csvAmount(0.1 + 0.2)).toBe("0.30")
    expect(csvAmount(-0)).toBe("0.00")
  })

  it("names the columns of the grouped dimensions, in the order asked", () => {
    expect(reportCsvColumns(["associate"])).toEqual([
      "beneficiary",
      "associate_id",
      "label",
      "currency_code",
      "gross",
      "returns",
      "net",
      "orders",
    ])
    expect(reportCsvColumns(["day", "store", "channel"]).slice(0, 3)).toEqual(["day", "store_id", "sales_channel_id"])
  })

  it("writes one line per row, CRLF ended, with the row's figures and no totals line", () => {
    const rows: AttributionReportRow[] = [
      { beneficiary: "associate", associate_id: "asc_1", label: "Léa (PAR-01)", currency_code: "eur", ...figures },
      { beneficiary: "house", associate_id: null, label: "House account, web", currency_code: "eur", gross: 10, returns: 0, net: 10, orders: 1 },
    ]
    expect(renderAttributionReportCsv({ group_by: ["associate"], rows })).toBe(
      "beneficiary,associate_id,label,currency_code,gross,returns,net,orders\r\n" +
        "associate,asc_1,Léa (PAR-01),eur,160.00,40.50,119.50,2\r\n" +
        'house,,"House account, web",eur,10.00,0.00,10.00,1\r\n'
    )
    expect(renderAttributionReportCsv({ group_by: ["day"], rows: [] })).toBe(
      "day,label,currency_code,gross,returns,net,orders\r\n"
    )
  })

  it("names the download after the period", () => {
    expect(reportCsvFilename({ from: "2026-10-01", to: "2026-10-31" })).toBe("attribution-2026-10-01-2026-10-31.csv")
  })
})
