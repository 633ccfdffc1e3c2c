// Loads Swagger UI in headless Chromium and checks what a developer sees: every tag, every operation with
// its summary, the request examples, and "Try it out" on one GET and one POST answering 200.
// Usage: node swagger-ui.mjs http://localhost:8080/
import { chromium } from 'playwright-core';

const base = (process.argv[2] || 'http://localhost:8080/').replace(/\/?$/, '/');
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };

const spec = await (await fetch(base + 'q/openapi?format=json')).json();
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ path, method, op })));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(base + 'q/swagger-ui/', { waitUntil: 'networkidle' });
  await page.waitForSelector('.opblock-tag', { timeout: 30000 });

  const tags = await page.$$eval('.opblock-tag', els => els.map(e => e.getAttribute('data-tag')));
  for (const tag of spec.tags.map(t => t.name)) check(tags.includes(tag), `tag missing: ${tag}`);
  // readers first: the page opens on the index and the reading tags; editorial writes come last
  check(tags[0] === 'Index', `the first tag is ${tags[0]}, not Index`);
  const firstEdit = tags.findIndex(t => t.startsWith('Edit '));
  check(firstEdit > tags.indexOf('Triage') && firstEdit > tags.indexOf('Sync'), `editorial tags before reading ones: ${tags.join(', ')}`);
  check((await page.title()).startsWith('Bone Metastasis Knowledge API'), `page title: ${await page.title()}`);

  const summaries = await page.$$eval('.opblock-summary', els => els.map(e => ({
    method: e.querySelector('.opblock-summary-method')?.textContent.trim().toLowerCase(),
    path: e.querySelector('.opblock-summary-path')?.getAttribute('data-path'),
    summary: e.querySelector('.opblock-summary-description')?.textContent.trim(),
  })));
  for (const { path, method, op } of operations) {
    const shown = summaries.find(s => s.path === path && s.method === method);
    check(shown, `operation missing: ${method} ${path}`);
    check(shown && shown.summary === op.summary, `summary not shown for ${method} ${path}`);
  }

  async function tryOut(method, path, extra) {
    const block = page.locator(`.opblock-${method}`).filter({ has: page.locator(`.opblock-summary-path[data-path="${path}"]`) }).first();
    await block.locator('.opblock-summary').click();
    await block.locator('button.try-out__btn').click();
    if (extra) await extra(block);
    await block.locator('button.execute').click();
    const status = block.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ timeout: 20000 });
    return (await status.textContent()).trim();
  }

  const get = await tryOut('get', '/api/v1/sites/{slug}');
  check(get.startsWith('200'), `GET /api/v1/sites/{slug} answered ${get}`);

  const post = await tryOut('post', '/api/v1/scores/{score}', async block => {
    const body = await block.locator('textarea.body-param__text').inputValue();
    check(body.includes('site'), 'the POST example body is not shown');
  });
  check(post.startsWith('200'), `POST /api/v1/scores/{score} answered ${post}`);

  console.log(`Swagger UI: ${tags.length} tags, ${summaries.length} operations, GET ${get}, POST ${post}`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
