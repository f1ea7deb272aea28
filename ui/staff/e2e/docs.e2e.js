// Drives the documents and catalog pages in headless Chromium the way the
// owner would at the counter: log in, find an invoice, mark it paid by
// InstaPay, void it (a credit note appears and the page leads to it), and
// upload a catalog with a broken row (its line and column are shown, and
// nothing changes). Started by ui/staff's TestBrowser_Docs; exits non-zero
// on failure.
//
//   node docs.e2e.js BASE_URL INVOICE_NUMBER
'use strict';

const { PHONE, expect, step, run } = require('./browser');

const [base, invoice] = process.argv.slice(2);
if (!base || !invoice) {
  console.error('usage: node docs.e2e.js BASE_URL INVOICE_NUMBER');
  process.exit(2);
}

run(PHONE, 'e2e', async ({ page, shot }) => {

  await step('log in and open the invoices', async () => {
    await page.goto(base + '/staff/documents');
    await page.fill('#username', 'mona');
    await page.fill('#password', 'correct horse battery');
    await Promise.all([page.waitForNavigation(), page.click('form.form button[type=submit]')]);
    expect(new URL(page.url()).pathname === '/staff/documents', 'not sent back to the invoices: ' + page.url());
    await page.waitForSelector(`text=${invoice}`);
  });

  await step('open the invoice, unpaid', async () => {
    await Promise.all([page.waitForNavigation(), page.click(`a:has-text("${invoice}")`)]);
    const badge = await page.textContent('.page-head .badge');
    expect(badge.includes('مش مدفوعة'), 'status is ' + badge);
  });

  await step('mark it paid by InstaPay', async () => {
    await page.selectOption('#method', 'instapay');
    await Promise.all([page.waitForNavigation(), page.click('#pay button[type=submit]')]);
    const notice = await page.textContent('.notice');
    expect(notice.includes('مدفوعة'), 'notice: ' + notice);
    const badge = await page.textContent('.page-head .badge');
    expect(badge.trim() === 'مدفوعة', 'status is ' + badge);
    expect(await page.isVisible('text=إنستاباي'), 'the payment method is not shown');
    expect(await page.$('#pay') === null, 'a paid invoice still offers "mark paid"');
  });

  await step('void it: the credit note appears', async () => {
    await page.fill('#reason', 'العميل غيّر المقاس');
    await Promise.all([page.waitForNavigation(), page.click('#void button[type=submit]')]);
    const h1 = await page.textContent('h1');
    expect(h1.includes('إشعار دائن') && /CN-/.test(h1), 'landed on: ' + h1);
    const notice = await page.textContent('.notice');
    expect(notice.includes(invoice), 'notice: ' + notice);
    // It refers to the invoice, whose page now leads to it.
    await Promise.all([page.waitForNavigation(), page.click(`.facts a:has-text("${invoice}")`)]);
    const badge = await page.textContent('.page-head .badge');
    expect(badge.trim() === 'ملغية', 'invoice status is ' + badge);
    expect(await page.isVisible('#credit-note'), 'the invoice does not link its credit note');
  });

  await step('the credit note is in the list', async () => {
    await page.goto(base + '/staff/documents?kind=credit_note');
    const rows = await page.$$eval('table.docs tbody tr', (trs) => trs.map((t) => t.textContent));
    expect(rows.length === 1 && /CN-/.test(rows[0]), 'credit notes: ' + JSON.stringify(rows));
  });

  await step('a catalog with a broken row shows its line and column, and changes nothing', async () => {
    await page.goto(base + '/staff/catalog');
    const before = await page.textContent('.lead');
    await page.setInputFiles('#file', {
      name: 'new-prices.csv', mimeType: 'text/csv',
      buffer: Buffer.from('sku,name_ar,unit,price,stock\nA1,كرسي,piece,1500,3\nA2,ترابيزة,piece,غالي,2\n'),
    });
    await Promise.all([page.waitForNavigation(), page.click('#import button[type=submit]')]);
    expect(await page.isVisible('#problems'), 'no problems table');
    const rows = await page.$$eval('#problems tbody tr', (trs) => trs.map((t) => [t.querySelector('.line').textContent.trim(), t.querySelector('.column').textContent.trim()]));
    expect(rows.some(([line, col]) => line === '3' && col.startsWith('price')), 'problems: ' + JSON.stringify(rows));
    const alert = await page.textContent('.alert');
    expect(alert.includes('مااتغيّرش'), 'alert: ' + alert);
    expect(await page.textContent('.lead') === before, 'the catalog changed');
  });
});
