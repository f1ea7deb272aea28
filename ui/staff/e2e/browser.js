// What every browser script of the staff page and head office shares:
// Chromium launched headless, one Arabic page whose script errors and
// console errors fail the run, screenshots when STAFF_SCREENSHOTS names a
// directory, named steps that print ok/FAIL, and the page's URL and text
// printed when a step fails.
'use strict';

const { chromium } = require('playwright-core');

const TIMEOUT = 15000;

// A phone held upright, as most shop staff use the page.
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'ar-EG' };

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

// run opens a page with the context options given and calls
// fn({ page, shot }); it exits non-zero when fn throws or the page logged an
// error. A refused request (401, 403, 429, a 400 of a refused import) logs
// "Failed to load resource", which the scripts expect and is not an error.
function run(contextOptions, shotPrefix, fn) {
  (async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    const problems = [];
    try {
      const page = await (await browser.newContext(contextOptions)).newPage();
      page.setDefaultTimeout(TIMEOUT);
      page.on('pageerror', (e) => problems.push('page error: ' + e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push('console: ' + m.text());
      });
      const shots = process.env.STAFF_SCREENSHOTS;
      const shot = async (name) => {
        if (shots) await page.screenshot({ path: `${shots}/${shotPrefix}-${name}.png`, fullPage: true });
      };
      try {
        await fn({ page, shot });
      } catch (err) {
        // What the page showed when a step failed, for a run nobody watched.
        console.log('page at failure: ' + page.url());
        const body = await page.innerText('body').catch(() => '');
        console.log(body.slice(0, 3000));
        await shot('failure').catch(() => {});
        throw err;
      }
      expect(problems.length === 0, 'browser problems: ' + problems.join('; '));
    } finally {
      await browser.close();
    }
  })().catch((err) => {
    console.error(err && err.stack ? err.stack : err);
    process.exit(1);
  });
}

module.exports = { PHONE, expect, step, run };
