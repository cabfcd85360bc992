// End-to-end check of the web UI in a real headless Chromium (Debian's, driven by
// playwright-core) against the running app with the seed graph.
// Usage: node e2e/run.mjs <base URL> <screenshot dir>
// Exits 0 when every step passed; prints each step and the first view's render time.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const shots = resolve(process.argv[3] ?? 'target/e2e-screenshots');
// --sample: the app runs with generated sample data; check the views that only it fills.
const sampleMode = process.argv.includes('--sample');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));

let passed = 0;
let failed = 0;
async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    console.log(`PASS ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message.split('\n').slice(0, 6).join('\n  ')}`);
  }
}

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
  viewport: { width: 1366, height: 900 },
  locale: 'zh-CN',
});
const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(30_000);
const consoleErrors = [];
page.on('pageerror', (e) => consoleErrors.push(String(e.stack ?? e)));
page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${m.text()} ${m.location()?.url ?? ''}`));

const main = page.locator('main');
const see = (text, scope = main) => scope.getByText(text, { exact: false }).filter({ visible: true }).first().waitFor();
const shot = (name) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
function must(cond, message) {
  if (!cond) throw new Error(message);
}
async function noSideScroll() {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  must(overflow <= 1, `the page scrolls sideways by ${overflow}px at ${page.viewportSize().width}px`);
}
/** Asks the API directly, to pick what to look at (never what to expect on screen from a constant). */
async function api(query, variables = {}) {
  const res = await fetch(base + '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF) into rows of cells, after the UTF-8 byte-order mark. */
async function parseCsv(res) {
  // fetch's text() would drop the byte-order mark that Excel needs: decode keeping it.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  must(text.charCodeAt(0) === 0xfeff, 'the CSV has no UTF-8 byte-order mark');
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return { header: rows[0], rows: rows.slice(1), column: (name) => rows.slice(1).map((r) => r[rows[0].indexOf(name)]) };
}
/** Fetches an export link of the page as the browser would resolve it. */
async function download(link) {
  const href = await link.getAttribute('href');
  must((await link.getAttribute('download')) !== null, `${href} is not a download link`);
  const res = await fetch(new URL(href, page.url()).toString());
  if (!res.ok) throw new Error(`${href}: HTTP ${res.status} ${await res.text()}`);
  return { href, res };
}

if (sampleMode) {
  await sampleSteps();
} else {
  await seedSteps();
}
await step('no uncaught errors in the page', async () => {
  must(consoleErrors.length === 0, consoleErrors.join('\n'));
});
await context.close();
rmSync(profile, { recursive: true, force: true });
console.log(`screenshots: ${shots}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

async function seedSteps() {

await step('overview map renders Heilongjiang with its layers and parks', async () => {
  const t0 = Date.now();
  await page.goto(base + '/#/');
  await see('哈尔滨市');
  await page.waitForFunction(() => window.__atlasFirstRender != null);
  const wall = Date.now() - t0;
  const inPage = await page.evaluate(() => window.__atlasFirstRender);
  console.log(`FIRST VIEW: map rendered ${wall} ms after navigation (performance.now() at ECharts 'finished': ${inPage} ms)`);
  await see('绥哈大齐国家级生物制造集群');
  await see('哈尔滨生物产业引领极');
  await see('松嫩平原生物产业核心区');
  await see('林区寒地生物产业带');
  await see('利民生物医药产业园');
  await see('近似位置：置于所在地区中心');
  const canvas = await page.locator('.map canvas').first().boundingBox();
  must(canvas && canvas.width > 300 && canvas.height > 300, 'the map canvas is not drawn');
  await shot('01-map');
});

await step('map layers toggle by keyboard', async () => {
  const box = page.getByRole('checkbox', { name: '绥哈大齐国家级生物制造集群' });
  await box.focus();
  await page.keyboard.press('Space');
  must(!(await box.isChecked()), 'Space did not switch the layer off');
  await page.keyboard.press('Space');
  must(await box.isChecked(), 'Space did not switch the layer back on');
});

await step('clicking a prefecture and a park on the map canvas opens them', async () => {
  // Daqing's centre is empty (its parks are fanned around it): a click there hits the region.
  const at = (lonLat) => page.evaluate((p) => window.__atlasMap.convertToPixel({ geoIndex: 0 }, p), lonLat);
  const box = await page.locator('.map').boundingBox();
  const [x, y] = await at([124.71, 46.35]);
  await page.mouse.click(box.x + x, box.y + y);
  await page.waitForURL(/#\/region\/230600$/);
  await see('大庆生物医药产业园');
  await page.goBack();
  await page.waitForFunction(() => window.__atlasMap && !window.__atlasMap.isDisposed());
  await see('哈尔滨市');
  const point = await page.evaluate(() => {
    const s = window.__atlasMap.getOption().series.find((x) => x.type === 'scatter');
    const d = s.data.find((x) => x.id === 'daqing-biomedicine-industrial-park');
    return window.__atlasMap.convertToPixel({ geoIndex: 0 }, d.value);
  });
  const box2 = await page.locator('.map').boundingBox();
  await page.mouse.click(box2.x + point[0], box2.y + point[1]);
  await page.waitForURL(/#\/park\/daqing-biomedicine-industrial-park$/);
  await see('大庆生物医药产业园', page.locator('main h1'));
  await page.goBack();
});

await step('a prefecture opens from the map page: Harbin, its pole and parks', async () => {
  await page.locator('.map-side').getByRole('link', { name: '哈尔滨市', exact: true }).click();
  await page.waitForURL(/#\/region\/230100$/);
  await see('230100');
  await see('哈尔滨生物产业引领极');
  await see('哈尔滨新区');
  await shot('02-region-harbin');
});

await step('park view: 利民生物医药产业园 with its platforms and empty tenant states', async () => {
  await main.getByRole('link', { name: '利民生物医药产业园' }).click();
  await page.waitForURL(/#\/park\/limin-biomedicine-industrial-park$/);
  await see('蛋白质工程产业中心');
  await see('现有入驻企业 (0)');
  await see('暂无记录');
  await page.locator('main details.sources summary').first().click();
  await main.locator('blockquote').first().waitFor({ state: 'visible' });
  await shot('03-park');
});

await step('export: Harbin\'s parks as CSV hold the parks shown; XLSX downloads with its Chinese name', async () => {
  await page.goto(base + '/#/region/230100');
  const section = main.locator('section.card', { has: page.getByRole('heading', { name: '园区', exact: true }) });
  await section.locator('ul.list').waitFor();
  const shown = await section.locator('ul.list > li > a').allTextContents();
  must(shown.length > 0, 'no parks shown for Harbin');
  const { href, res } = await download(section.getByRole('link', { name: '导出 园区: CSV' }));
  must(href === 'export/region-parks.csv?code=230100&lang=zh', `CSV link ${href}`);
  must(res.headers.get('content-type') === 'text/csv;charset=UTF-8', `content type ${res.headers.get('content-type')}`);
  const csv = await parseCsv(res);
  must(csv.header[0] === '编号' && csv.header.includes('示例数据'), `headers ${csv.header}`);
  const names = csv.column('名称');
  must(JSON.stringify(names) === JSON.stringify(shown), `exported ${names} but shown ${shown}`);
  const xlsx = section.getByRole('link', { name: '导出 园区: XLSX' });
  const [file] = await Promise.all([page.waitForEvent('download'), xlsx.click()]);
  must(file.suggestedFilename() === 'region-parks-哈尔滨市.xlsx', `downloaded as ${file.suggestedFilename()}`);
  const bytes = await (await download(xlsx)).res.arrayBuffer();
  must(new Uint8Array(bytes)[0] === 0x50 && new Uint8Array(bytes)[1] === 0x4b, 'the XLSX is no zip file');
  await shot('02b-region-export');
});

await step('chain view: straw ethanol chain in Harbin, upstream to downstream, gaps stand out', async () => {
  await page.goto(base + '/#/chain?chain=straw-cellulosic-ethanol-chain&area=230100');
  await see('秸秆制醇多产品联产产业链');
  const stages = await main.locator('.chain-flow .stage h3').allTextContents();
  must(stages[0] === '上游' && stages[stages.length - 1] === '下游', `stages are ${stages.join(',')}`);
  const gap = main.locator('.link-card.is-gap', { hasText: '纤维素燃料乙醇' });
  await gap.waitFor();
  await shot('04-chain-harbin');
});

await step('gap -> candidates -> attraction (keyboard Enter opens the gap)', async () => {
  const btn = main.locator('.link-card.is-gap', { hasText: '纤维素燃料乙醇' }).locator('button');
  await btn.focus();
  await page.keyboard.press('Enter');
  const panel = page.locator('#candidates');
  await see('招商候选', panel);
  await see('海伦国投', panel);
  await shot('05-gap-candidates');
  await panel.getByRole('link', { name: /本链招商目标排名/ }).click();
  await page.waitForURL(/#\/attract\?/);
  await see('招商目标排名');
  const target = main.locator('.target', { hasText: '海伦国投' });
  await target.waitFor();
  await see('GAP_COVERAGE', target);
  await shot('06-attract');
});

await step('candidate opens its enterprise page: memberships and chain links', async () => {
  await main.locator('.target', { hasText: '海伦国投' }).getByRole('link', { name: '海伦国投' }).click();
  await page.waitForURL(/#\/enterprise\/hailun-sdic$/);
  await see('绥哈大齐国家级生物制造集群');
  await see('秸秆制醇多产品联产产业链 → 纤维素燃料乙醇');
  await shot('07-enterprise');
});

await step('chain view for the Sui-Ha-Da-Qi cluster: the link is covered locally by 海伦国投', async () => {
  await page.goto(base + '/#/chain?chain=straw-cellulosic-ethanol-chain&area=sui-ha-da-qi-biomanufacturing-cluster');
  await see('绥哈大齐国家级生物制造集群');
  const card = main.locator('.link-card.is-ok', { hasText: '纤维素燃料乙醇' });
  await card.waitFor();
  await see('海伦国投', card);
});

await step('incentive estimate lists every clause with amount and quote', async () => {
  await page.goto(base + '/#/attract?chain=straw-cellulosic-ethanol-chain&area=230100');
  const form = page.locator('form.estimate-form');
  await form.waitFor();
  await form.locator('input[type=date]').fill('2026-06-01');
  await form.getByRole('button', { name: '测算' }).click();
  const result = page.locator('.estimate-result');
  await see('6,000,000', result.locator('[data-testid=estimate-total]'));
  const paid = result.locator('.rules > li.paid', { hasText: '（六）' });
  await paid.first().waitFor();
  await see('按照核定固定资产投资的20%给予补助', paid.first());
  const rows = await result.locator('.rules > li').count();
  must(rows > 1, `only ${rows} rule listed`);
  await noSideScroll();
  await shot('08-estimate');
});

await step('search box: 哈药 finds 哈药集团 and opens it', async () => {
  await page.locator('#search-input').fill('哈药');
  const hit = page.locator('.search-results').getByRole('link', { name: /哈药集团/ });
  await hit.waitFor();
  await hit.click();
  await page.waitForURL(/#\/enterprise\/harbin-pharmaceutical-group$/);
  await see('哈药集团');
});

await step('language switch: English names and labels', async () => {
  await page.goto(base + '/#/');
  await page.getByRole('button', { name: '切换语言' }).click();
  await page.locator('header').getByRole('link', { name: 'Map' }).waitFor();
  await see('Harbin');
  await see('Sui-Ha-Da-Qi national biomanufacturing cluster');
  await see('approximate: placed at region centre');
  await shot('09-map-en');
  await page.getByRole('button', { name: 'Switch language' }).click();
  await page.locator('header').getByRole('link', { name: '地图' }).waitFor();
});

await step('error and empty states: unknown ids and paths', async () => {
  await page.goto(base + '/#/enterprise/no-such-enterprise');
  await see('未找到');
  await page.goto(base + '/#/nowhere');
  await page.getByRole('alert').first().waitFor();
  await page.goto(base + '/#/search?q=zzzzqqqq');
  await see('无匹配结果');
});

await step('tablet width: chain view and map stay usable', async () => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto(base + '/#/chain?chain=straw-cellulosic-ethanol-chain&area=230100');
  await see('纤维素燃料乙醇');
  await noSideScroll();
  await shot('10-chain-tablet');
  await page.goto(base + '/#/');
  await see('哈尔滨市');
  await shot('11-map-tablet');
});


}

async function sampleSteps() {
  await step('sample data is marked in search results', async () => {
    await page.goto(base + '/#/');
    await see('哈尔滨市');
    const hits = await api('{ search(text: "sample", first: 8) { edges { node { kind name sample } } } }');
    const sampleHit = hits.search.edges.map((e) => e.node).find((n) => n.sample);
    must(sampleHit, 'the API finds no sample entity for "sample"');
    await page.locator('#search-input').fill('sample');
    const row = page.locator('.search-results li', { hasText: sampleHit.name }).first();
    await row.waitFor();
    await see('示例数据', row);
    await page.keyboard.press('Escape');
  });

  await step('park view with sample tenants: now, over time, by domain, awards', async () => {
    const data = await api(`{ parks(first: 100) { edges { node { id name
        tenants(first: 100) { edges { node { sample enterprise { name awards { title } } } } }
        tenancyHistory(first: 100) { edges { node { since until } } }
        tenantsByDomain { count } } } } }`);
    const parks = data.parks.edges.map((e) => e.node);
    const park = parks.sort((a, b) => b.tenancyHistory.edges.length - a.tenancyHistory.edges.length)[0];
    must(park.tenants.edges.length > 0, 'no park has sample tenants');
    await page.goto(base + '/#/park/' + encodeURIComponent(park.id));
    await see(park.name, page.locator('main h1'));
    await see(`现有入驻企业 (${park.tenants.edges.length})`);
    for (const e of park.tenants.edges.slice(0, 3)) await see(e.node.enterprise.name);
    await see('示例数据');
    const historyYears = await main.locator('section', { hasText: '入驻历史' }).locator('.bar-row').count();
    must(historyYears > 0, 'no tenants-over-time bars');
    const domainRows = await main.locator('section', { hasText: '入驻企业领域分布' }).locator('.bar-row').count();
    must(domainRows === park.tenantsByDomain.length, `domain rows ${domainRows} != API ${park.tenantsByDomain.length}`);
    const awards = park.tenants.edges.reduce((n, e) => n + e.node.enterprise.awards.length, 0);
    const shown = await main.locator('section', { hasText: '入驻企业荣誉' }).locator('.timeline > li > ul > li').count();
    must(shown === awards, `awards of tenants shown ${shown} != API ${awards}`);
    await shot('s1-park-with-sample-tenants');
  });

  await step('export: a park\'s current tenants, every one, as the API lists them', async () => {
    const data = await api(`{ parks(first: 100) { edges { node { id tenants(first: 100) { edges { node { enterprise { id name } } } pageInfo { hasNextPage } } } } } }`);
    const park = data.parks.edges.map((e) => e.node).sort((a, b) => b.tenants.edges.length - a.tenants.edges.length)[0];
    await page.goto(base + '/#/park/' + encodeURIComponent(park.id));
    const section = main.locator('section.card', { hasText: '现有入驻企业' });
    await section.locator('ul.list').waitFor();
    const shown = await section.locator('ul.list > li > a').allTextContents();
    const { res } = await download(section.getByRole('link', { name: /CSV$/ }));
    const csv = await parseCsv(res);
    const names = csv.column('企业名称');
    must(names.length >= shown.length && shown.length === park.tenants.edges.length, `exported ${names.length}, shown ${shown.length}`);
    must(JSON.stringify(names.slice(0, shown.length)) === JSON.stringify(shown), 'the exported tenants are not those shown');
    must(csv.column('示例数据').every((v) => v === 'true'), 'sample tenancies are not marked in the export');
  });

  await step('enterprise award history as a timeline', async () => {
    const data = await api(`{ enterprises(first: 100) { edges { node { id name sample awards { title year awardedOn } } } } }`);
    const ent = data.enterprises.edges.map((e) => e.node).find((e) => e.awards.length > 1) ?? data.enterprises.edges.map((e) => e.node).find((e) => e.awards.length > 0);
    must(ent, 'no enterprise has awards');
    await page.goto(base + '/#/enterprise/' + encodeURIComponent(ent.id));
    await see(ent.name, page.locator('main h1'));
    const timeline = main.locator('.timeline');
    for (const a of ent.awards) {
      await see(a.title, timeline);
      await see(String(a.awardedOn?.slice(0, 4) ?? a.year), timeline);
    }
    if (ent.sample) await see('示例数据', page.locator('main h1'));
    await shot('s2-enterprise-awards');
  });

  await step('a sample platform is marked, with its host and region', async () => {
    const data = await api(`{ platforms(first: 100) { edges { node { id name sample region { name } hostEnterprise { name } } } } }`);
    const pl = data.platforms.edges.map((e) => e.node).find((p) => p.sample);
    must(pl, 'no sample platform in the API');
    await page.goto(base + '/#/platform/' + encodeURIComponent(pl.id));
    await see(pl.name, page.locator('main h1'));
    await see('示例数据', page.locator('main h1'));
    if (pl.hostEnterprise) await see(pl.hostEnterprise.name);
    if (pl.region) await see(pl.region.name);
    await shot('s3-sample-platform');
  });
}
