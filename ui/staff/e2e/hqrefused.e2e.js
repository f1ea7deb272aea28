// Drives the page of what head office refused (/staff/hq) in headless
// Chromium the way the owner would: the dashboard says how many documents
// head office refused and leads to the page; one is sent again, another
// dismissed with a note, and each leaves the list. Started by ui/staff's
// TestBrowser_HQRefused; exits non-zero on failure.
//
//   node hqrefused.e2e.js BASE_URL FIRST_NUMBER SECOND_NUMBER
'use strict';

const { chromium } = require('playwright-core');

const [base, first, second] = process.argv.slice(2);
if (!base || !first || !second) {
  console.error('usage: node hqrefused.e2e.js BASE_URL FIRST_NUMBER SECOND_NUMBER');
  process.exit(2);
}
const TIMEOUT = 15000;

function expect(cond, msg) {
  if (!cond) throw new Error(msg);
}

async function step(name, fn) {
  try {
    await fn();
    console.log('ok   ' + name);
  } catch (err) {
    console.log('FAIL ' + name + ': ' + (err && err.message ? err.message.split('\n')[0] : err));
    throw err;
  }
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const problems = [];
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'ar-EG' });
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (e) => problems.push('page error: ' + e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push('console: ' + m.text());
    });
    const shots = process.env.STAFF_SCREENSHOTS;
    const shot = async (name) => { if (shots) await page.screenshot({ path: `${shots}/e2e-${name}.png`, fullPage: true }); };

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
    expect(problems.length === 0, problems.join('; '));
  } finally {
    await browser.close();
  }
})().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
