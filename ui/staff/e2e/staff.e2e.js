// Drives the staff UI in headless Chromium the way the owner would on the
// first day: find the login page, set the box up with the code from the
// log, add a member of staff, switch to English, get refused a cross-origin
// form post, log out, mistype the password until locked out, get back in,
// and see a staff account refused the owner's page. Started by ui/staff's
// TestBrowser_SetupLogin; exits non-zero on failure.
//
//   node staff.e2e.js BASE_URL SETUP_CODE EVIL_URL
//   CHROMIUM=/usr/bin/chromium STAFF_SCREENSHOTS=/tmp/shots node staff.e2e.js ...
'use strict';

const { PHONE, expect, step, run } = require('./browser');

const [base, code, evil] = process.argv.slice(2);
if (!base || !code || !evil) {
  console.error('usage: node staff.e2e.js BASE_URL SETUP_CODE EVIL_URL');
  process.exit(2);
}
const OWNER_PASS = 'correct horse battery';
const STAFF_PASS = 'shop floor pass';

run(PHONE, 'e2e', async ({ page, shot }) => {
  const login = async (user, pass) => {
    await page.fill('#username', user);
    await page.fill('#password', pass);
    await Promise.all([page.waitForNavigation(), page.click('form.form button[type=submit]')]);
  };

  await step('the box address leads to the Arabic login page, which offers setup', async () => {
    await page.goto(base + '/');
    expect(new URL(page.url()).pathname === '/staff/login', 'landed on ' + page.url());
    expect(await page.getAttribute('html', 'dir') === 'rtl', 'not RTL');
    expect(await page.getAttribute('html', 'lang') === 'ar', 'not Arabic');
    await page.locator('a[href="/staff/setup"]').waitFor();
  });

  await step('setup with the code from the log creates the owner and signs in', async () => {
    await page.click('a[href="/staff/setup"]');
    await page.fill('#code', code.toLowerCase().replace(/-/g, ' '));
    await page.fill('#name', 'منى');
    await page.fill('#username', 'mona');
    await page.fill('#password', OWNER_PASS);
    await page.fill('#password2', OWNER_PASS);
    await shot('setup');
    await Promise.all([page.waitForNavigation(), page.click('form.form button[type=submit]')]);
    expect(new URL(page.url()).pathname === '/staff/', 'after setup at ' + page.url());
    expect((await page.textContent('h1')).includes('منى'), 'no greeting');
  });

  await step('the owner adds a member of staff from the team page', async () => {
    await page.click('nav.menu a[href="/staff/users"]');
    await page.fill('#new-name', 'سارة');
    await page.fill('#new-username', 'sara');
    await page.selectOption('#new-role', 'staff');
    await page.fill('#new-password', STAFF_PASS);
    await page.fill('#new-password2', STAFF_PASS);
    await Promise.all([page.waitForNavigation(), page.click('form[action="/staff/users"] button[type=submit]')]);
    expect((await page.textContent('.notice')).includes('sara'), 'no notice');
    await page.locator('article.user', { hasText: 'سارة' }).waitFor();
    await shot('team');
  });

  await step('the language switch turns the page English and left-to-right', async () => {
    await Promise.all([page.waitForNavigation(), page.click('a.lang')]);
    expect(await page.getAttribute('html', 'dir') === 'ltr', 'not LTR');
    expect((await page.textContent('h1')) === 'Team accounts', 'h1 ' + await page.textContent('h1'));
  });

  await step('a form on another origin cannot post to the box', async () => {
    await page.goto(evil + '/');
    const [res] = await Promise.all([page.waitForNavigation(), page.click('#go')]);
    expect(res.status() === 403, 'cross-origin logout answered ' + res.status());
    const home = await page.goto(base + '/staff/');
    expect(home.status() === 200 && new URL(page.url()).pathname === '/staff/', 'session lost: ' + page.url());
  });

  await step('logging out ends the session', async () => {
    await Promise.all([page.waitForNavigation(), page.click('form[action="/staff/logout"] button')]);
    expect((await page.textContent('.notice')).includes('logged out'), 'no logged-out notice');
    await page.goto(base + '/staff/account');
    expect(new URL(page.url()).pathname === '/staff/login', 'account page without a session: ' + page.url());
  });

  await step('a wrong password is refused without saying which part was wrong', async () => {
    await login('mona', 'not my password');
    expect((await page.textContent('.alert')) === 'Wrong username or password.', 'alert ' + await page.textContent('.alert'));
    expect(await page.inputValue('#username') === 'mona', 'username not kept');
    await shot('wrong-password');
  });

  await step('after three failures even the right password waits a minute', async () => {
    await login('mona', 'still not it');
    await login('mona', 'nope again');
    await login('mona', OWNER_PASS);
    const alert = await page.textContent('.alert');
    expect(alert.includes('Too many attempts') && alert.includes('1 minute'), 'alert ' + alert);
    await shot('locked');
  });

  await step('a minute later the owner gets in, back to the page asked for', async () => {
    const res = await page.request.post(base + '/test/clock?add=1m');
    expect(res.status() === 204, 'clock ' + res.status());
    await page.goto(base + '/staff/account');
    await login('mona', OWNER_PASS);
    expect(new URL(page.url()).pathname === '/staff/account', 'after login at ' + page.url());
    await page.locator('.sessions li', { hasText: 'This device' }).waitFor();
  });

  await step('staff cannot open the owner\'s team page', async () => {
    await Promise.all([page.waitForNavigation(), page.click('form[action="/staff/logout"] button')]);
    await login('sara', STAFF_PASS);
    expect(await page.locator('nav.menu a[href="/staff/users"]').count() === 0, 'team link shown to staff');
    const res = await page.goto(base + '/staff/users');
    expect(res.status() === 403, 'team page for staff: ' + res.status());
    expect((await page.textContent('h1')) === 'Not allowed', 'h1 ' + await page.textContent('h1'));
    await shot('forbidden');
  });
});
