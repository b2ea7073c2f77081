import type { PosReceipt } from "./pos-receipt"

const escape = (text: unknown) =>
  String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

/**
 * The receipt as a page the tablet prints on an 80 mm receipt printer (or any printer): one column, the store on
 * top, lines, tax summary, totals and payments. Plain HTML and inline CSS, nothing to load.
 */
export function renderPosReceiptHtml(receipt: PosReceipt): string {
  const money = (amount: number) =>
    new Intl.NumberFormat("fr-FR", { style: "currency", currency: receipt.currency_code.toUpperCase() }).format(amount)
  const row = (left: string, right: string, cls = "") =>
    `<tr class="${cls}"><td>${left}</td><td class="amount">${right}</td></tr>`
  const lines = receipt.lines
    .map((line) => {
      const discounts = line.discounts
        .map((d) => row(`&nbsp;&nbsp;${escape(d.code ?? "Discount")}`, `−${money(d.amount)}`, "discount"))
        .join("")
      return (
        row(`${line.quantity} × ${escape(line.title)}${line.variant ? ` <small>${escape(line.variant)}</small>` : ""}<br><small>${escape(line.sku ?? "")} · ${money(line.unit_price)}</small>`, money(line.total)) +
        discounts
      )
    })
    .join("")
  const shipping = receipt.shipping.map((s) => row(escape(s.name), money(s.total))).join("")
  const taxes = receipt.taxes
    .map((t) => row(`${escape(t.code)} ${t.rate} % on ${money(t.base)}`, money(t.tax), "tax"))
    .join("")
  const payments = receipt.payments
    .map((p) =>
      p.method === "cash"
        ? row("Cash tendered", money(p.tendered ?? p.amount)) + row("Change", money(p.change_due ?? 0))
        : row(`Card ${escape(p.card_reference ?? "")}`, money(p.amount))
    )
    .join("")
  const store = receipt.store
  const handover =
    receipt.handover.kind === "take_away"
      ? "Taken away in store"
      : `Home delivery: ${escape(receipt.handover.method ?? "")}${receipt.handover.address ? `<br>${escape(receipt.handover.address.name)}, ${escape(receipt.handover.address.address_1)}, ${escape(receipt.handover.address.postal_code)} ${escape(receipt.handover.address.city)}` : ""}`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Receipt #${receipt.number}</title>
<style>
  body { font: 13px/1.35 ui-monospace, Menlo, Consolas, monospace; width: 72mm; margin: 4mm auto; color: #000; }
  h1 { font-size: 16px; text-align: center; margin: 0; } p { margin: 2px 0; text-align: center; }
  table { width: 100%; border-collapse: collapse; margin-top: 6px; } td { vertical-align: top; padding: 1px 0; }
  .amount { text-align: right; white-space: nowrap; } .total td { font-weight: bold; border-top: 1px dashed #000; }
  .discount, .tax, small { color: #333; } hr { border: 0; border-top: 1px dashed #000; }
  @media print { body { margin: 0; } }
</style></head>
<body>
  <h1>${escape(store?.name ?? "Receipt")}</h1>
  ${store ? `<p>${escape(store.code)}${store.phone ? ` · ${escape(store.phone)}` : ""}</p>` : ""}
  <p>Sale #${receipt.number} · ${escape(new Date(receipt.issued_at).toISOString().slice(0, 16).replace("T", " "))} UTC</p>
  ${receipt.served_by ? `<p>Served by ${escape(receipt.served_by)}</p>` : ""}
  ${receipt.customer ? `<p>Customer: ${escape(receipt.customer.name ?? receipt.customer.email)}</p>` : ""}
  <table>${lines}${shipping}</table>
  <table>
    ${receipt.totals.discounts ? row("Discounts", `−${money(receipt.totals.discounts)}`, "discount") : ""}
    ${row("Total", money(receipt.totals.total), "total")}
    ${taxes}
  </table>
  <hr><table>${payments}</table>
  <p>${handover}</p>
  <p>Thank you!</p>
</body></html>
`
}
