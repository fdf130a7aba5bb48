// Browser tests of `dragoman serve` on the demo database (plus the reports of
// reports.jsonl): headless Debian chromium driven by playwright-core. Each
// page is opened as a reader would, what it shows is checked, and a
// screenshot is saved under $SHOTS. The server's address is $BASE.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const BASE = process.env.BASE || "http://127.0.0.1:8099";
const SHOTS = process.env.SHOTS || "../target/web-screens";
const profile = mkdtempSync(join(tmpdir(), "dragoman-chromium-"));
let context;
let errors = [];

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function open(path) {
  const page = await context.newPage();
  errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") { errors.push(m.text()); } });
  const response = await page.goto(BASE + path);
  assert.equal(response.status(), 200, path);
  return page;
}

async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, name + ".png"), fullPage: false });
}

test("home lists stories or reports with counts and a search box", async () => {
  const page = await open("/");
  assert.match(await page.locator("p.counts").innerText(), /\d+ reports · \d+ quotes/);
  assert.ok(await page.locator("ul.list li a").count() >= 1);
  await page.fill("form.search input[name=q]", "Varga");
  await page.click("form.search button");
  await page.waitForURL(/\/search\?q=Varga/);
  assert.ok(await page.locator("ol.hits mark").count() >= 1, "matches are marked");
  await shot(page, "search");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the demo report shows its quotes with speakers and sourcing", async () => {
  const page = await open("/report/1");
  const labels = await page.locator("ul.items-quote .label").allInnerTexts();
  assert.ok(labels.includes("Anton Varga (named)"), labels.join(" | "));
  assert.ok(labels.includes("Helen Marsh (named)"), labels.join(" | "));
  assert.ok(labels.some((l) => l.endsWith("(anonymous)")), "an unnamed source");
  assert.match(await page.locator("ul.removed").innerText(), /doubled/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("clicking a quote highlights exactly its characters and shows its fields", async () => {
  const page = await open("/report/1");
  const marks = JSON.parse(await page.locator("#marks").textContent());
  const quote = marks.find((m) => m.kind === "quote" && m.fields.speaker === "Anton Varga" && m.fields.kind === "direct");
  await page.click(`button[data-select="${quote.id}"]`);
  const highlighted = (await page.locator("#text span.sel").allTextContents()).join("");
  const words = quote.parts.filter((p) => p.role === "content").map((p) => p.text).join("");
  assert.equal(highlighted, words, "the quote's words, without the attribution between them");
  const attribution = (await page.locator("#text span.sel-part").allTextContents()).join("");
  assert.ok(attribution.includes(quote.fields.source), attribution);
  const detail = await page.locator("#detail").innerText();
  assert.match(detail, /speaker\s+Anton Varga/);
  assert.match(detail, /sourcing\s+named/);
  assert.match(detail, new RegExp(`characters ${quote.char_start}–${quote.char_end}`));
  await shot(page, "report");
  // A click in the text selects the narrowest annotation under it.
  const date = marks.find((m) => m.kind === "date");
  await page.locator(`#text span[data-a~="${date.id}"]`).first().click();
  assert.equal((await page.locator("#text span.sel").allTextContents()).join(""), date.text);
  assert.match(await page.locator("#detail").innerText(), new RegExp(`value\\s+${date.fields.value}`));
  assert.deepEqual(errors, []);
  await page.close();
});

test("the envoy's actor page shows his meetings and counterparts", async () => {
  const page = await open("/actor/" + encodeURIComponent("Anders Holm"));
  assert.equal(await page.locator("h1").innerText(), "Anders Holm");
  const rows = await page.locator("table.events tbody tr").allInnerTexts();
  const meetings = rows.filter((r) => r.includes("CONSULT"));
  assert.ok(meetings.length >= 3, rows.join("\n"));
  assert.ok(meetings.some((r) => r.includes("Khalid Al-Mansouri")) && meetings.some((r) => r.includes("Ilse Brandt")));
  const counterparts = await page.locator("table.counterparts").innerText();
  assert.match(counterparts, /Anders Holm\s+CONSULT\s+Khalid Al-Mansouri\s+2/);
  assert.ok(await page.locator("svg.network circle").count() >= 3);
  assert.match(await page.locator("body").innerText(), /“?We are closer than we were a week ago/);
  await shot(page, "actor");
  assert.deepEqual(errors, []);
  await page.close();
});

test("events: a timeline and a network as SVG, a table with evidence links, exports", async () => {
  const page = await open("/events");
  assert.ok(await page.locator("svg.timeline rect").count() >= 3);
  assert.ok(await page.locator("svg.network line").count() >= 2);
  const first = page.locator("table.events tbody tr a", { hasText: "report" }).first();
  assert.match(await first.getAttribute("href"), /^\/report\/\d+$/);
  const exports = await page.locator("p.exports a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.equal(exports.length, 3);
  await shot(page, "events");
  const filtered = await open("/events?type=CONSULT");
  const kinds = await filtered.locator("table.events tbody tr td:nth-child(2)").allInnerTexts();
  assert.ok(kinds.length > 0 && kinds.every((k) => k.startsWith("CONSULT")), kinds.join(","));
  assert.deepEqual(errors, []);
  await page.close();
  await filtered.close();
});

test("proposals and a story", async () => {
  const page = await open("/proposals");
  assert.match(await page.locator("main").innerText(), /12 points/);
  await shot(page, "proposals");
  await page.close();
  const home = await open("/");
  const story = home.locator("a[href^='/story/']").first();
  if (await story.count()) {
    await story.click();
    await home.waitForURL(/\/story\/\d+/);
    assert.ok(await home.locator("ol.story li").count() >= 1);
    await shot(home, "story");
  }
  await home.close();
});

test("hostile text is shown as text and runs nothing", async () => {
  const page = await open("/search?q=script");
  const hostile = page.locator("ol.hits a", { hasText: "<script>" }).first();
  await hostile.click();
  await page.waitForURL(/\/report\/\d+/);
  assert.match(await page.locator("h1").innerText(), /<script>window.__pwned/);
  assert.equal(await page.evaluate(() => window.__pwned === undefined), true);
  assert.equal(await page.locator("a[href^='javascript:']").count(), 0);
  assert.equal(await page.locator("#text img").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
