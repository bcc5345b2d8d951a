import { formatVnd } from "../money";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The simulator's payment page: plain HTML, three choices, usable on a phone. */
export function simulatorPage(t: { txnRef: string; amountVnd: number; orderInfo: string } | { error: string }): string {
  const body =
    "error" in t
      ? `<h1>Giao dịch không hợp lệ</h1><p role="alert">${escape(t.error)}</p>`
      : `<h1>Cổng thanh toán (mô phỏng)</h1>
<dl><dt>Mã giao dịch</dt><dd>${escape(t.txnRef)}</dd><dt>Nội dung</dt><dd>${escape(t.orderInfo)}</dd><dt>Số tiền</dt><dd><strong>${escape(formatVnd(t.amountVnd))}</strong></dd></dl>
<form method="post" action="/gateway-sim/decide"><input type="hidden" name="txnRef" value="${escape(t.txnRef)}">
<button name="choice" value="pay">Thanh toán</button>
<button name="choice" value="cancel">Hủy giao dịch</button>
<button name="choice" value="fail">Giao dịch lỗi</button></form>`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Cổng thanh toán mô phỏng</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:1rem auto;padding:0 1rem}button{display:block;width:100%;min-height:48px;margin:.5rem 0;font-size:1rem}dt{font-weight:600}</style></head>
<body><main>${body}<p><small>Môi trường phát triển và kiểm thử: không có tiền thật.</small></p></main></body></html>`;
}
