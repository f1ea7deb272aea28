// Drives the simulator page in headless Chromium the way a person would:
// type a message, read the box's answers, tap a reply button, pick a list
// row, open the PDF, watch the ticks turn blue. Started by ui/sim's
// TestBrowser_EndToEnd with the server's URL; exits non-zero on failure.
//
//   node sim.e2e.js http://127.0.0.1:PORT
//   CHROMIUM=/usr/bin/chromium SIM_SCREENSHOT=/tmp/sim.png node sim.e2e.js URL
'use strict';

const { chromium } = require('playwright-core');

const base = process.argv[2];
if (!base) {
  console.error('usage: node sim.e2e.js BASE_URL');
  process.exit(2);
}
const TIMEOUT = 15000;
let passed = 0;
let failed = 0;

async function step(name, fn) {
  try {
    await fn();
    passed++;
    console.log('ok   ' + name);
  } catch (err) {
    failed++;
    console.log('FAIL ' + name + ': ' + (err && err.message ? err.message.split('\n')[0] : err));
    throw err;
  }
}

function expect(cond, msg) {
  if (!cond) throw new Error(msg);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const problems = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'ar-EG' });
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (e) => problems.push('page error: ' + e.message));
    page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
    page.on('response', (r) => { if (r.status() >= 400) problems.push(r.status() + ' ' + r.url()); });

    await step('page loads with the customer prefilled', async () => {
      const res = await page.goto(base + '/simulator');
      expect(res.status() === 200, 'status ' + res.status());
      expect(await page.inputValue('#name') === 'أحمد', 'name not prefilled');
      expect(await page.inputValue('#phone') === '201001234567', 'phone not prefilled');
      expect(await page.getAttribute('html', 'dir') === 'rtl', 'page is not RTL');
    });

    await step('typing a message shows it, the typing indicator, then the answer', async () => {
      await page.fill('#text', 'عايز أوضة نوم كاملة لون جوزي');
      await page.press('#text', 'Enter');
      await page.locator('.row.in', { hasText: 'عايز أوضة نوم كاملة لون جوزي' }).waitFor();
      await page.locator('#sub-typing:not([hidden])').waitFor();
      await page.locator('.row.out', { hasText: 'أهلاً يا أحمد' }).waitFor();
      expect(await page.inputValue('#text') === '', 'composer not cleared');
    });

    await step('the PDF arrives as a document that opens', async () => {
      const link = page.locator('.row.out a.doc').first();
      await link.waitFor();
      const href = await link.getAttribute('href');
      expect(/^\/simulator\/media\/\d+$/.test(href), 'href ' + href);
      const res = await page.request.get(base + href);
      expect(res.headers()['content-type'] === 'application/pdf', 'type ' + res.headers()['content-type']);
      const body = await res.body();
      expect(body.slice(0, 5).toString() === '%PDF-', 'not a PDF');
      await page.locator('.row.out .doc-links button').first().click();
      await page.locator('iframe.preview').waitFor();
      await page.locator('.row.out .doc-links button', { hasText: 'إخفاء المعاينة' }).click();
      await page.locator('iframe.preview').waitFor({ state: 'detached' });
    });

    await step('tapping a reply button sends it and the box answers it', async () => {
      await page.locator('.row.out .actions .action', { hasText: 'تأكيد' }).click();
      await page.locator('.row.in[data-type="reply"]', { hasText: 'تأكيد' }).waitFor();
      await page.locator('.row.out', { hasText: 'تمام، اخترت: تأكيد' }).waitFor();
    });

    await step('picking a list row sends it', async () => {
      await page.locator('.row.out .list-open').first().click();
      await page.locator('#sheet:not([hidden]) .sheet-row').first().waitFor();
      await page.locator('.sheet-row', { hasText: 'دولاب زان' }).click();
      expect(await page.locator('#sheet').isHidden(), 'sheet still open');
      await page.locator('.row.out', { hasText: 'اخترت من القائمة: دولاب زان' }).waitFor();
    });

    await step('ticks turn blue: read by the customer and by the box', async () => {
      await page.locator('.row.out svg.tick.read').first().waitFor();
      await page.locator('.row.in svg.tick.read').first().waitFor();
    });

    if (process.env.SIM_SCREENSHOT) {
      await page.waitForTimeout(1200); // let the last statuses land
      await page.locator('#messages').evaluate((m) => { m.scrollTop = m.scrollHeight; });
      await page.screenshot({ path: process.env.SIM_SCREENSHOT });
      await page.locator('#messages').evaluate((m) => { m.scrollTop = 0; });
      await page.screenshot({ path: process.env.SIM_SCREENSHOT.replace(/\.png$/, '') + '-top.png' });
      console.log('screenshot ' + process.env.SIM_SCREENSHOT);
    }

    await step('no script errors or CSP violations', async () => {
      expect(problems.length === 0, problems.join('; '));
    });
  } catch (err) {
    if (problems.length) console.log('page problems: ' + problems.join('; '));
  } finally {
    await browser.close();
  }
  console.log(passed + ' passed, ' + failed + ' failed');
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
