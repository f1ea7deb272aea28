// Drives head office's page (fatoora-hq, package sync/hq) in headless
// Chromium the way the chain's owner and accountant would: the bare
// address leads to the Arabic login page in the box's look; the owner is
// created with the setup code from the log; every branch's invoices are
// listed and filtered by branch; the CSV export downloads; logging out
// ends the session; a wrong password is refused. Started by sync/hq's
// TestBrowser_HeadOffice; exits non-zero on failure.
//
//   node hq.e2e.js BASE_URL SETUP_CODE
//   CHROMIUM=/usr/bin/chromium STAFF_SCREENSHOTS=/tmp/shots node hq.e2e.js ...
'use strict';

const fs = require('fs');
const { PHONE, expect, step, run } = require('./browser');

const [base, code] = process.argv.slice(2);
if (!base || !code) {
  console.error('usage: node hq.e2e.js BASE_URL SETUP_CODE');
  process.exit(2);
}
const PASS = 'nile delta 2026';

run({ viewport: { width: 1280, height: 900 }, locale: 'ar-EG', acceptDownloads: true }, 'hq', async ({ page, shot }) => {
  const submit = () => Promise.all([page.waitForNavigation(), page.click('form.form button[type=submit]')]);

  await step('the address leads to the Arabic login page in the box\'s look, which offers setup', async () => {
    await page.goto(base + '/');
    expect(new URL(page.url()).pathname === '/login', 'landed on ' + page.url());
    expect(await page.getAttribute('html', 'dir') === 'rtl', 'not RTL');
    expect(await page.getAttribute('html', 'lang') === 'ar', 'not Arabic');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg === 'rgb(246, 243, 238)', 'the staff stylesheet is not applied: body background ' + bg);
    await page.locator('section.card.auth').waitFor();
    await page.locator('a[href="/setup"]').waitFor();
    await shot('login');
  });

  await step('setup with the code from the log creates the owner and shows the invoices', async () => {
    await page.click('a[href="/setup"]');
    await page.fill('#code', code.toLowerCase());
    await page.fill('#name', 'منى');
    await page.fill('#username', 'mona');
    await page.fill('#password', PASS);
    await page.fill('#password2', PASS);
    await submit();
    expect(new URL(page.url()).pathname === '/', 'after setup at ' + page.url());
    expect((await page.textContent('h1')).includes('فواتير كل الفروع'), 'not the invoices page');
    expect((await page.textContent('.who')).includes('منى'), 'the owner is not shown');
  });

  await step('invoices of both branches are listed', async () => {
    await page.locator('#docs tr[data-box="box1"][data-number="INV-1"]').waitFor();
    await page.locator('#docs tr[data-box="box2"][data-number="INV-7"]').waitFor();
    const row = await page.textContent('#docs tr[data-box="box2"][data-number="INV-7"]');
    expect(row.includes('34.20'), 'INV-7 without its total: ' + row);
    await shot('documents');
  });

  await step('the branch filter keeps one branch', async () => {
    await page.selectOption('#box', 'box2');
    await Promise.all([page.waitForNavigation(), page.click('form.filters button[type=submit]')]);
    expect(await page.locator('#docs tr[data-box="box1"]').count() === 0, 'box1 still listed');
    await page.locator('#docs tr[data-box="box2"]').first().waitFor();
  });

  await step('the CSV export downloads the filtered documents', async () => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('a[href^="/export?format=csv"]')]);
    const text = fs.readFileSync(await dl.path(), 'utf8');
    expect(text.startsWith('box_id,'), 'no header row: ' + text.slice(0, 40));
    expect(text.includes('INV-7') && !text.includes('box1'), 'not the filtered rows: ' + text);
  });

  await step('logging out ends the session', async () => {
    await Promise.all([page.waitForNavigation(), page.click('header form button')]);
    expect(new URL(page.url()).pathname === '/login', 'after logout at ' + page.url());
    await page.goto(base + '/');
    expect(new URL(page.url()).pathname === '/login', 'the page opened without a session');
  });

  await step('a wrong password is refused, the right one gets back in', async () => {
    await page.fill('#username', 'mona');
    await page.fill('#password', 'not the password');
    await submit();
    await page.locator('p.alert').waitFor();
    await page.fill('#password', PASS);
    await submit();
    expect(new URL(page.url()).pathname === '/', 'after login at ' + page.url());
    await page.locator('#docs tr[data-box="box1"]').first().waitFor();
  });
});
