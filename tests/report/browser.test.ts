/// <reference lib="dom" />
// The HTML report in a real browser: Debian's chromium, driven by playwright-core. CI installs chromium and sets
// CLAIMDIFF_BROWSER_TEST=required; elsewhere the test is skipped, with a notice, when no chromium is found.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src';
import { renderHtml } from '../../src/report';
import type { Report } from '../../src/types';
import { makeClaim } from '../helpers/claims';

const executable = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => !!p && existsSync(p),
);
const required = process.env.CLAIMDIFF_BROWSER_TEST === 'required';
if (!executable && required) throw new Error('CLAIMDIFF_BROWSER_TEST=required, but no chromium was found (apt-get install chromium)');
if (!executable) console.warn('report-browser: no chromium found (apt-get install chromium): the browser test is skipped');

const root = path.resolve(__dirname, '..', '..');
const screenshots = path.join(root, 'bench', 'results');
const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdiff-html-'));

function writePage(name: string, report: Report): string {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, renderHtml(report));
  return pathToFileURL(file).href;
}

/** Whether an element lies inside the viewport and inside its scrolling pane. */
async function visible(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const box = el.getBoundingClientRect();
    const pane = (el.closest('.pane') ?? document.documentElement).getBoundingClientRect();
    const inView = box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
    return inView && box.bottom > pane.top && box.top < pane.bottom;
  });
}

async function hasClass(page: Page, selector: string, name: string): Promise<boolean> {
  return page.$eval(selector, (el, n) => el.classList.contains(n), name);
}

describe.skipIf(!executable)('the HTML report in chromium', () => {
  let browser: Browser;
  let example: string;
  let report: Report;
  // The example compared on facets alone (no word alignment) keeps two findings: enough to filter and to move between.
  let facetsOnly: string;
  let facetsReport: Report;
  const problems: string[] = [];

  beforeAll(async () => {
    const read = (file: string) => readFileSync(path.join(root, 'examples', 'data', file), 'utf8');
    report = await compare({ text: read('da.txt'), lang: 'da' }, { text: read('en.txt'), lang: 'en' }, { timings: false });
    example = writePage('example', report);
    facetsReport = await compare({ text: read('da.txt'), lang: 'da' }, { text: read('en.txt'), lang: 'en' }, { timings: false, wordAlignment: false });
    facetsOnly = writePage('example-facets', facetsReport);
    browser = await chromium.launch({ executablePath: executable, headless: true, args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(url: string, viewport = { width: 1400, height: 760 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(url);
    return page;
  }

  it('shows the Thursday/Monday finding; a click lights up and scrolls to the claims on both sides', async () => {
    const page = await open(example);
    const finding = page.locator('.finding', { hasText: 'Thursday' }).first();
    await expect(finding.textContent()).resolves.toContain('Monday');
    const claims = (await finding.getAttribute('data-claims'))!.split(' ');
    expect(claims.map((id) => id.split('-')[0])).toEqual(['left', 'right']);
    await finding.click();
    expect(await finding.evaluate((el) => el.classList.contains('active'))).toBe(true);
    for (const id of claims) {
      expect(await hasClass(page, `#${id}`, 'hit'), `${id} lit`).toBe(true);
      expect(await visible(page, `#${id}`), `${id} in view`).toBe(true);
    }
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, 'report-example.png') });
    // Every finding, in turn: claims further down the articles are scrolled to in their own pane.
    const all = page.locator('.finding');
    for (let i = 0; i < (await all.count()); i++) {
      await all.nth(i).click();
      for (const id of (await all.nth(i).getAttribute('data-claims'))!.split(' ')) {
        expect(await hasClass(page, `#${id}`, 'hit')).toBe(true);
        expect(await visible(page, `#${id}`), `finding ${i + 1}: ${id} in view`).toBe(true);
      }
    }
    // Escape clears the selection.
    await page.keyboard.press('Escape');
    expect(await page.locator('.hit, .active').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('works from the keyboard: arrows move between findings, Enter on a claim lights up its partners', async () => {
    const page = await open(facetsOnly);
    expect(facetsReport.discrepancies.length).toBeGreaterThan(1);
    const first = page.locator('.finding').first();
    await first.focus();
    await page.keyboard.press('Space');
    expect(await first.evaluate((el) => el.classList.contains('active'))).toBe(true);
    if ((await page.locator('.finding').count()) > 1) {
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('.finding').nth(1).evaluate((el) => el.classList.contains('active'))).toBe(true);
    }
    // The confidence filter hides the less likely findings: set to the highest confidence, only the top ones stay.
    const all = await page.locator('li[data-confidence]').evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-confidence'))));
    const top = Math.max(...all);
    await page.locator('#min-confidence').fill(String(Math.floor(top * 20) / 20));
    const floor = Number(await page.locator('#min-confidence').inputValue());
    const shown = await page.locator('li[data-confidence]').evaluateAll((items) =>
      items.filter((li) => !(li as HTMLElement).hidden).map((li) => Number(li.getAttribute('data-confidence'))),
    );
    expect(shown).toEqual(all.filter((c) => c >= floor));
    expect(await page.locator('.finding:visible').count()).toBe(shown.length);
    expect(Number(await page.locator('#shown').textContent())).toBe(shown.length);
    await page.locator('#min-confidence').fill('0');
    // A paired claim: Enter links its partners on the other side.
    const pair = facetsReport.alignments[0];
    await page.focus(`#left-${pair.left[0]} .cid`);
    await page.keyboard.press('Enter');
    for (const id of pair.right) {
      expect(await hasClass(page, `#right-${id}`, 'linked')).toBe(true);
      expect(await visible(page, `#right-${id}`)).toBe(true);
    }
    await page.close();
  }, 60_000);

  it('shows a selected pair\'s words: a dotted underline has a counterpart, a dashed box none; pointing lights the counterpart', async () => {
    const page = await open(example);
    const pair = report.alignments.find((a) => (a.words?.pairs.length ?? 0) > 0 && (a.words?.unmatched.left.length ?? 0) > 0);
    expect(pair, 'the example has a pair with aligned words').toBeDefined();
    expect(await page.locator('.w.shown').count()).toBe(0);
    await page.focus(`#left-${pair!.left[0]} .cid`);
    await page.keyboard.press('Enter');
    const linked = page.locator(`#left-${pair!.left[0]} .w.shown[data-to]`).first();
    const alone = page.locator(`#left-${pair!.left[0]} .w.alone.shown`).first();
    expect(await page.locator(`#right-${pair!.right[0]} .w.shown`).count()).toBeGreaterThan(0);
    // Told apart by their lines, not by colour alone.
    expect(await linked.evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('dotted');
    expect(await alone.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
    expect(await page.locator('#word-status').textContent()).toMatch(/^Words without a counterpart\. Left article: .+\. Right article: .+\.$/);
    await linked.hover();
    const twins = (await linked.getAttribute('data-to'))!.split(' ');
    for (const key of twins) expect(await hasClass(page, `#right-article .w[data-w="${key}"]`, 'twin'), key).toBe(true);
    await page.mouse.move(0, 0);
    expect(await page.locator('.twin').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.locator('.w.shown').count()).toBe(0);
    expect(await page.locator('#word-status').textContent()).toBe('');
    await page.close();
  }, 60_000);

  it('reads on a phone: one column, no sideways scrolling', async () => {
    const page = await open(example, { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const [left, right] = await Promise.all(['#left-article', '#right-article'].map((s) => page.locator(s).boundingBox()));
    expect(right!.y).toBeGreaterThan(left!.y); // stacked, not side by side
    await page.screenshot({ path: path.join(screenshots, 'report-example-phone.png'), fullPage: false });
    await page.close();
  }, 60_000);

  it('runs nothing an article brings: markup and scripts in the text stay text', async () => {
    const text = 'Han skrev <img src=x onerror="window.__pwned=1"> og <script>window.__pwned=1</script> i går.';
    const claim = makeClaim('L1', text);
    const hostile: Report = {
      left: { lang: 'da', claims: [claim] },
      right: { lang: 'en', claims: [makeClaim('R1', '<svg onload="window.__pwned=1"></svg> He wrote it.')] },
      alignments: [{ left: ['L1'], right: ['R1'], score: 1.5 }],
      discrepancies: [
        {
          kind: 'meaning',
          left: { claim: 'L1', text: '<script>window.__pwned=1</script>', start: 41, end: 75 },
          right: { claim: 'R1', text: 'He wrote it.', start: 38, end: 50 },
          confidence: 0.3,
          message: '<img src=x onerror="window.__pwned=1">',
        },
      ],
      unmatched: { left: [], right: [] },
      meta: { embedder: '<b>x</b>', version: '0' },
    };
    const page = await open(writePage('hostile', hostile));
    await page.locator('.finding').first().click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, svg, b').count()).toBe(0);
    await expect(page.locator('#left-L1').textContent()).resolves.toContain('<script>window.__pwned=1</script>');
    await page.close();
  }, 60_000);

  it('raised no script errors and no policy violations', () => {
    expect(problems).toEqual([]);
  });
});
