// Drives the shop-floor pages in headless Chromium as a member of staff
// would: the dashboard open while a customer writes (the figures change
// without a reload), the review queue (search the catalog inline, add a
// product, remove a line, approve: the box issues and sends the invoice),
// and the customer's conversation (a reply by hand pauses the bot). Started
// by ui/staff's TestBrowser_ShopFloor; exits non-zero on failure.
//
//   node ops.e2e.js BASE_URL CUSTOMER
//   CHROMIUM=/usr/bin/chromium STAFF_SCREENSHOTS=/tmp/shots node ops.e2e.js ...
'use strict';

const { PHONE, expect, step, run } = require('./browser');

const [base, customer] = process.argv.slice(2);
if (!base || !customer) {
  console.error('usage: node ops.e2e.js BASE_URL CUSTOMER');
  process.exit(2);
}
const OWNER_PASS = 'correct horse battery';

run(PHONE, 'e2e', async ({ page, shot }) => {

  await step('the owner logs in and lands on the dashboard', async () => {
    await page.goto(base + '/staff/');
    await page.fill('#username', 'mona');
    await page.fill('#password', OWNER_PASS);
    await Promise.all([page.waitForNavigation(), page.click('form.form button[type=submit]')]);
    expect(new URL(page.url()).pathname === '/staff/', 'after login at ' + page.url());
    await page.locator('#live[data-live-state="on"]').waitFor();
    const msgs = await page.textContent('[data-live="dash.messages"] .fig-value');
    expect(msgs.trim() === '0', 'messages before: ' + msgs);
  });

  await step('a customer writes: the dashboard counts it without a reload', async () => {
    await page.evaluate(() => { window.notReloaded = true; });
    const res = await page.request.post(base + '/test/message');
    expect(res.status() === 204, 'inject ' + res.status());
    await page.waitForFunction(() => {
      const v = document.querySelector('[data-live="dash.messages"] .fig-value');
      const r = document.querySelector('[data-live="dash.review"] .fig-value');
      return v && v.textContent.trim() === '1' && r && r.textContent.trim() === '1';
    });
    expect(await page.evaluate(() => window.notReloaded === true), 'the page was reloaded');
    expect(new URL(page.url()).pathname === '/staff/', 'navigated to ' + page.url());
  });

  await step('the review queue shows the order with what was understood', async () => {
    await page.goto(base + '/staff/review');
    await page.locator('article.order').first().waitFor();
    const card = await page.textContent('article.order');
    expect(card.includes('T-HOOD-BI') && card.includes('دولاب مطبخ'), 'card: ' + card.slice(0, 200));
    await Promise.all([page.waitForNavigation(), page.click('article.order a.button')]);
    expect(/\/staff\/review\/O\d+$/.test(new URL(page.url()).pathname), 'order page ' + page.url());
  });

  await step('the catalog search answers inline while typing, and adds a product', async () => {
    await page.fill('#q', 'شفاط حائط');
    await page.locator('#results button[value="T-HOOD-WALL"]').waitFor();
    expect(new URL(page.url()).search === '', 'the search navigated: ' + page.url());
    await Promise.all([page.waitForNavigation(), page.click('#results button[value="T-HOOD-WALL"]')]);
    await page.locator('input[name="sku"][value="T-HOOD-WALL"]').waitFor();
    expect((await page.textContent('.notice')).length > 0, 'no saved notice');
  });

  await step('staff remove a line and approve: the invoice is issued', async () => {
    await page.fill('input[name="sku"][value="T-HOOD-BI"]', '');
    await Promise.all([page.waitForNavigation(), page.click('#approve')]);
    expect(new URL(page.url()).pathname === '/staff/review', 'after approve at ' + page.url());
    const notice = await page.textContent('.notice');
    expect(notice.includes('INV-T1-000001'), 'notice: ' + notice);
    await page.locator('.empty').waitFor();
  });

  await step('the conversation shows the invoice sent; a reply pauses the bot', async () => {
    await page.goto(base + '/staff/conversations/' + customer);
    await page.locator('a.doc-link', { hasText: 'INV-T1-000001' }).waitFor();
    await page.fill('#reply-text', 'الفاتورة وصلتك؟');
    await Promise.all([page.waitForNavigation(), page.click('#reply button[type=submit]')]);
    await page.locator('.msg-out .bubble', { hasText: 'الفاتورة وصلتك؟' }).waitFor();
    await page.locator('#resume').waitFor();
    await Promise.all([page.waitForNavigation(), page.click('#resume')]);
    await page.locator('#takeover').waitFor();
  });

  await step('in English the dashboard shows the day\'s invoice', async () => {
    await page.goto(base + '/staff/lang/en?next=/staff/');
    expect(await page.getAttribute('html', 'dir') === 'ltr', 'not LTR');
    const inv = await page.textContent('[data-live="dash.invoices"] .fig-value');
    expect(inv.trim() === '1', 'invoices: ' + inv);
  });
});
