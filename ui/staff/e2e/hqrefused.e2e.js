// Drives the page of what head office refused (/staff/hq) in headless
// Chromium the way the owner would: the dashboard says how many documents
// head office refused and leads to the page; one is sent again, another
// dismissed with a note, and each leaves the list. Started by ui/staff's
// TestBrowser_HQRefused; exits non-zero on failure.
//
//   node hqrefused.e2e.js BASE_URL FIRST_NUMBER SECOND_NUMBER
'use strict';

const { PHONE, expect, step, run } = require('./browser');

const [base, first, second] = process.argv.slice(2);
if (!base || !first || !second) {
  console.error('usage: node hqrefused.e2e.js BASE_URL FIRST_NUMBER SECOND_NUMBER');
  process.exit(2);
}

run(PHONE, 'e2e', async ({ page, shot }) => {

  await step('log in: the dashboard counts what head office refused', async () => {
    await page.goto(base + '/staff/');
    await page.fill('#username', 'mona');
    await page.fill('#password', 'correct horse battery');
    await Promise.all([page.waitForNavigation(), page.click('form.form button[type=submit]')]);
    const link = await page.textContent('#go-hq');
    expect(link.includes('3'), 'dashboard link: ' + link);
  });

  await step('the link leads to the refused documents, with the reasons', async () => {
    await Promise.all([page.waitForNavigation(), page.click('#go-hq')]);
    expect(new URL(page.url()).pathname === '/staff/hq', 'at ' + page.url());
    expect(await page.locator('#hq-rejected tbody tr').count() === 3, 'not three rows');
    const row = await page.textContent(`#hq-rejected tr:has-text("${first}")`);
    expect(row.includes('متعارض'), 'the conflict is not named: ' + row);
    await shot('hq-refused');
  });

  await step('send one again: it leaves the list, with a notice', async () => {
    await Promise.all([page.waitForNavigation(), page.click(`#hq-rejected tr:has-text("${first}") form[action$="/retry"] button`)]);
    const notice = await page.textContent('.notice');
    expect(notice.includes(first), 'notice: ' + notice);
    expect(await page.locator(`#hq-rejected tr:has-text("${first}")`).count() === 0, 'still listed');
  });

  await step('dismiss another with a note', async () => {
    await page.fill(`#hq-rejected tr:has-text("${second}") input[name=note]`, 'فاتورة تجربة');
    await Promise.all([page.waitForNavigation(), page.click(`#hq-rejected tr:has-text("${second}") form[action$="/dismiss"] button`)]);
    expect(await page.locator('#hq-rejected tbody tr').count() === 1, 'not one row left');
  });
});
