// Browser tests of the registry and the playground: headless Chromium (Debian's package) driven by
// playwright-core, against the real `pathfinder playground` binary on 127.0.0.1.
//
// Environment: PATHFINDER_BIN (the binary), CHROMIUM (the browser; default /usr/bin/chromium),
// BROWSER_TEST_OUT (where screenshots go; default target/browser-tests at the workspace root).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const workspace = path.resolve(here, "../../../..");
const bin = process.env.PATHFINDER_BIN || path.join(workspace, "target/debug/pathfinder");
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";
const outDir = process.env.BROWSER_TEST_OUT || path.join(workspace, "target/browser-tests");
const RULE = "PYTHON-LANG-SEC-070";
const PAGE = `python/lang/${RULE}.html`;

let server;
let base;
let browser;
let siteDir;

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ["playground", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`playground did not start: ${out}`)), 30000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[0] });
      }
    });
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => reject(new Error(`playground exited with ${code}: ${out}`)));
  });
}

before(async () => {
  mkdirSync(outDir, { recursive: true });
  const started = await startServer();
  server = started.child;
  base = started.url;
  browser = await chromium.launch({
    executablePath: browserPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  siteDir = mkdtempSync(path.join(tmpdir(), "pf-site-"));
  const built = spawnSync(bin, ["registry", "build", "--out", siteDir], { encoding: "utf8" });
  assert.equal(built.status, 0, built.stderr);
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill("SIGTERM");
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

async function newPage(context) {
  const page = await (context || browser).newPage({ viewport: { width: 1360, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    // Chromium logs every non-2xx fetch; the API's 4xx answers are expected results, not page errors.
    if (m.type() === "error" && !/status of 4\d\d/.test(m.text())) errors.push(m.text());
  });
  page.jsErrors = errors;
  return page;
}

// Findings currently listed: [{line, rule}].
async function findings(page) {
  return page.$$eval("#pg-findings li[data-line]", (lis) => lis.map((li) => ({ line: Number(li.dataset.line), rule: li.dataset.rule })));
}

// Waits until the playground has answered for the current text (status settles, nothing pending).
async function settled(page) {
  await page.waitForFunction(() => {
    const s = document.getElementById("pg-status");
    return s && (s.classList.contains("ok") || s.classList.contains("bad"));
  }, null, { timeout: 15000 });
}

async function editorText(page, which) {
  return page.evaluate((w) => window.pfPlayground[w].state.doc.toString(), which);
}

// Selects `needle` in an editor, then types the replacement with the keyboard, as a user would.
async function replaceText(page, which, needle, replacement) {
  const found = await page.evaluate(([w, n]) => {
    const view = window.pfPlayground[w];
    const at = view.state.doc.toString().indexOf(n);
    if (at < 0) return false;
    view.focus();
    view.dispatch({ selection: { anchor: at, head: at + n.length } });
    return true;
  }, [which, needle]);
  assert.ok(found, `${needle} not found in the ${which}`);
  await page.keyboard.type(replacement, { delay: 5 });
  await page.waitForFunction(() => document.getElementById("pg-status").classList.contains("busy"));
  await settled(page);
}

function lineOf(text, needle) {
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `no line with ${needle}`);
  return i + 1;
}

let sharedUrl;
let sharedCode;
let sharedRule;

test("the rule page shows exactly one finding, on the bind line", async () => {
  const page = await newPage();
  await page.goto(base + PAGE);
  await settled(page);
  assert.ok(await page.isHidden("#pg-static"), "the static notice is hidden when the server answers");
  const code = await editorText(page, "codeView");
  const list = await findings(page);
  assert.deepEqual(list, [{ line: lineOf(code, ".bind("), rule: RULE }]);
  // The line is highlighted in the editor, and the message shows on hover.
  const marked = page.locator("#pg-code .cm-finding-line");
  assert.equal(await marked.count(), 1);
  assert.match(await marked.first().innerText(), /bind/);
  await marked.first().locator(".cm-finding-mark").hover();
  await page.waitForSelector(".pf-tip", { timeout: 5000 });
  assert.match(await page.innerText(".pf-tip"), /all network interfaces/);
  await page.locator("#playground").screenshot({ path: path.join(outDir, "playground-hover.png") });
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(outDir, "rule-page.png"), fullPage: false });
  // Clicking the finding puts the cursor on its line.
  await page.click("#pg-findings li button");
  const cursorLine = await page.evaluate(() => {
    const v = window.pfPlayground.codeView;
    return v.state.doc.lineAt(v.state.selection.main.head).number;
  });
  assert.equal(cursorLine, list[0].line);
  await page.locator("#playground").screenshot({ path: path.join(outDir, "playground.png") });
  await page.screenshot({ path: path.join(outDir, "rule-page-full.png"), fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.locator("#playground").screenshot({ path: path.join(outDir, "playground-dark.png") });
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test("edits are re-analysed: loopback clears the finding, a rule for 127.0.0.1 brings it back, a broken rule shows its error line", async () => {
  const page = await newPage();
  await page.goto(base + PAGE);
  await settled(page);
  assert.equal((await findings(page)).length, 1);

  await replaceText(page, "codeView", "0.0.0.0", "127.0.0.1");
  assert.deepEqual(await findings(page), []);
  assert.equal(await page.locator("#pg-code .cm-finding-line").count(), 0);
  assert.match(await page.innerText("#pg-count"), /0 findings/);

  // The rule's address list gains 127.0.0.1.
  await replaceText(page, "ruleView", 'ALL_INTERFACES = ["0.0.0.0"', 'ALL_INTERFACES = ["127.0.0.1", "0.0.0.0"');
  const code = await editorText(page, "codeView");
  assert.deepEqual(await findings(page), [{ line: lineOf(code, ".bind("), rule: RULE }]);

  // A construct the reader does not know: the error names its line, which is marked in the rule editor.
  const rule = await editorText(page, "ruleView");
  const brokenLine = lineOf(rule, "return Or(");
  await replaceText(page, "ruleView", "return Or(", "return Either(");
  assert.ok(await page.isVisible("#pg-error"));
  const errLine = Number(await page.getAttribute("#pg-error", "data-line"));
  assert.equal(errLine, brokenLine);
  assert.match(await page.innerText("#pg-error"), new RegExp(`rule\\.py:${brokenLine}:\\d+: .*Either`));
  const errorLines = page.locator("#pg-rule .cm-error-line");
  assert.equal(await errorLines.count(), 1);
  assert.match(await errorLines.first().innerText(), /Either/);
  assert.deepEqual(await findings(page), []);
  await page.locator("#playground").screenshot({ path: path.join(outDir, "playground-rule-error.png") });

  // Fix it again and share this state.
  await replaceText(page, "ruleView", "return Either(", "return Or(");
  assert.equal((await findings(page)).length, 1);
  await page.click("#pg-share");
  await page.waitForFunction(() => document.getElementById("pg-share").dataset.url);
  sharedUrl = await page.getAttribute("#pg-share", "data-url");
  sharedCode = await editorText(page, "codeView");
  sharedRule = await editorText(page, "ruleView");
  assert.ok(sharedUrl.includes("#s="), sharedUrl);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test("a share link opened in a new page reproduces the code, the rule and the findings", async () => {
  assert.ok(sharedUrl, "the previous test made a share link");
  const context = await browser.newContext();
  const page = await newPage(context);
  await page.goto(sharedUrl);
  await settled(page);
  assert.equal(await editorText(page, "codeView"), sharedCode);
  assert.equal(await editorText(page, "ruleView"), sharedRule);
  assert.deepEqual(await findings(page), [{ line: lineOf(sharedCode, ".bind("), rule: RULE }]);
  // Reset goes back to the rule's own example.
  await page.click("#pg-reset");
  await settled(page);
  assert.ok(!(await editorText(page, "codeView")).includes("127.0.0.1"));
  assert.equal(await page.evaluate(() => location.hash), "");
  assert.deepEqual(page.jsErrors, []);
  await context.close();
});

test("Dockerfile rules are analysed live too", async () => {
  const page = await newPage();
  await page.goto(`${base}docker/security/DOCKER-BP-015.html`);
  await settled(page);
  const code = await editorText(page, "codeView");
  assert.deepEqual(await findings(page), [{ line: lineOf(code, "FROM "), rule: "DOCKER-BP-015" }]);
  const from = code.split("\n").find((l) => l.startsWith("FROM ")).trim();
  await replaceText(page, "codeView", from, `${from}:24.04`);
  assert.deepEqual(await findings(page), []);
  await page.locator("#playground").screenshot({ path: path.join(outDir, "playground-dockerfile.png") });
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test("the index searches and filters, and links to rule pages", async () => {
  const page = await newPage();
  await page.goto(base);
  const total = await page.locator(".rule-row").count();
  assert.ok(total > 100, `only ${total} rules listed`);
  await page.screenshot({ path: path.join(outDir, "index.png") });
  await page.fill("#q", "bind all interfaces");
  await page.waitForFunction(() => document.querySelectorAll(".rule-row:not([hidden])").length < 10);
  const visible = await page.$$eval(".rule-row:not([hidden]) .rule-id", (els) => els.map((e) => e.textContent));
  assert.ok(visible.includes(RULE), visible.join(","));
  await page.fill("#q", "");
  await page.selectOption("#f-severity", "critical");
  const sev = await page.$$eval(".rule-row:not([hidden])", (rows) => rows.map((r) => r.dataset.severity));
  assert.ok(sev.length > 0 && sev.every((s) => s === "critical"), sev.join(","));
  await page.selectOption("#f-severity", "");
  await page.selectOption("#f-cwe", "CWE-668");
  const cwe = await page.$$eval(".rule-row:not([hidden])", (rows) => rows.map((r) => r.dataset.cwe));
  assert.ok(cwe.length > 0 && cwe.every((c) => c.split(" ").includes("CWE-668")));
  await page.screenshot({ path: path.join(outDir, "index-filtered.png") });
  await page.click(`.rule-row:not([hidden]) a[href$="${RULE}.html"]`);
  await page.waitForURL(new RegExp(`${RULE}\\.html$`));
  assert.match(await page.innerText("h1"), /Socket Bind to All Interfaces/);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test("the static export works from file:// and says live analysis needs pathfinder playground", async () => {
  const page = await newPage();
  const file = path.join(siteDir, PAGE);
  assert.ok(existsSync(file));
  const blocked = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("file:")) blocked.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => /Static page/.test(document.getElementById("pg-status").textContent));
  assert.ok(await page.isVisible("#pg-static"));
  assert.match(await page.innerText("#pg-static"), /Live analysis needs pathfinder playground/);
  // The editors still work, and the page loads nothing from the network.
  assert.equal(await page.locator("#pg-code .cm-editor").count(), 1);
  assert.deepEqual(blocked, []);
  const sections = await page.$$eval("article section h2", (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(sections, [
    "Rule Information", "Interactive Playground", "About This Rule", "Security Implications", "How to Fix",
    "Detection Scope", "Compliance & Standards", "References", "Similar Rules", "FAQ",
    "Get these findings on your pull requests",
  ]);
  await page.screenshot({ path: path.join(outDir, "rule-page-static.png") });
  await page.goto(pathToFileURL(path.join(siteDir, "index.html")).href);
  await page.fill("#q", "jwt");
  const n = await page.locator(".rule-row:not([hidden])").count();
  assert.ok(n > 0 && n < 40, `${n}`);
  await page.close();
});

test("small screens get one column", async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(base + PAGE);
  await settled(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page is ${overflow}px wider than the screen`);
  await page.screenshot({ path: path.join(outDir, "rule-page-mobile.png") });
  await page.close();
});
