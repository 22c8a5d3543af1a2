// End to end in real VS Code: code-server's workbench in Debian's Chromium, driven by puppeteer-core.
// Run by tests/editor_vscode.rs, which installs the .vsix, starts code-server on the workspace and asserts
// on the JSON report this prints (one line starting with "E2E_REPORT ").
//
//   node e2e.js URL NOTE_FILE_NAME NAME NAME_LINE:COL MISTAKE_WORD SCREENSHOT_PREFIX
//
// It opens the note with Quick Open, reads the squiggle's hover on MISTAKE_WORD and the hover card on NAME,
// puts the cursor on NAME (1-based LINE:COL) and presses F12, and reports which file and line the editor
// shows. With E2E_MISTAKE_POSITION and E2E_FIXED_TEXT it then applies the quick fix (Ctrl+.) there, saves,
// and reports whether the text became E2E_FIXED_TEXT and the squiggle went. With E2E_EXPECT=missing-server
// it only reports the notifications shown after the note opens.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const puppeteer = require("puppeteer-core");

const [url, noteName, name, namePosition, mistakeWord, shots] = process.argv.slice(2);
const chromium = process.env.DOSSIER_CHROMIUM || "/usr/bin/chromium";
// Hang guards for each wait, not timing assertions.
const WAIT = 60000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const report = { steps: [] };
const log = (s) => report.steps.push(s);

// The centre of the first rendered occurrence of `word` in an editor, or null.
async function wordCentre(page, word) {
  return page.evaluate((word) => {
    for (const line of document.querySelectorAll(".monaco-editor .view-lines .view-line")) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let n;
      while ((n = walker.nextNode())) {
        const i = n.data.indexOf(word);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + word.length);
          const b = r.getBoundingClientRect();
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
      }
    }
    return null;
  }, word);
}

async function visibleHoverText(page) {
  return page.$$eval(".monaco-hover", (hs) =>
    hs
      .filter((h) => h.offsetParent !== null && !h.classList.contains("hidden"))
      .map((h) => h.innerText.trim())
      .filter(Boolean)
      .join("\n---\n"),
  );
}

// Moves the mouse onto `word` until a hover with text `expect` (a predicate) shows; returns its text.
async function hoverOn(page, word, expect) {
  const deadline = Date.now() + WAIT;
  let text = "";
  while (Date.now() < deadline) {
    await page.mouse.move(5, 5);
    await sleep(300);
    const at = await wordCentre(page, word);
    if (at) {
      await page.mouse.move(at.x, at.y);
      await page
        .waitForFunction(
          () => [...document.querySelectorAll(".monaco-hover")].some((h) => h.offsetParent !== null && h.innerText.trim()),
          { timeout: 5000 },
        )
        .catch(() => null);
      text = await visibleHoverText(page);
      if (expect(text)) {
        return text;
      }
    }
    await sleep(500);
  }
  return text;
}

async function chord(page, ...keys) {
  for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
  await page.keyboard.press(keys[keys.length - 1]);
  for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
}

// Opens a workspace file with Quick Open (Ctrl+P); true once its tab is the active one.
async function quickOpen(page, file) {
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.keyboard.press("Escape");
    await chord(page, "Control", "KeyP");
    const input = await page.waitForSelector(".quick-input-widget input", { visible: true, timeout: 10000 }).catch(() => null);
    if (!input) {
      continue;
    }
    await page.keyboard.type(file);
    const row = await page
      .waitForFunction(
        (f) => [...document.querySelectorAll(".quick-input-list .monaco-list-row")].some((r) => r.innerText.includes(f)),
        { timeout: 10000 },
        file,
      )
      .catch(() => null);
    if (!row) {
      continue;
    }
    await page.keyboard.press("Enter");
    if (await tabBecomesActive(page, file)) {
      return true;
    }
  }
  return false;
}

// True once the tab of `file` is the active one (within 10 s).
function tabBecomesActive(page, file) {
  return page
    .waitForFunction(
      (f) => [...document.querySelectorAll(".tabs-container .tab.active")].some((t) => t.innerText.includes(f)),
      { timeout: 10000 },
      file,
    )
    .then(() => true)
    .catch(() => false);
}

// Brings an open editor back by clicking its tab; true once it is the active one.
async function activateTab(page, file) {
  await page.keyboard.press("Escape");
  const tabs = await page.$$(".tabs-container .tab");
  for (const tab of tabs) {
    if ((await tab.evaluate((t) => t.innerText)).includes(file)) {
      await tab.click();
      return tabBecomesActive(page, file);
    }
  }
  return false;
}

// Puts the cursor at a 1-based "LINE:COL" with Go to Line (Ctrl+G), as a keyboard user would.
async function goToLine(page, position) {
  await page.mouse.move(5, 5);
  await page.keyboard.press("Escape");
  await chord(page, "Control", "KeyG");
  await page.waitForSelector(".quick-input-widget input", { visible: true, timeout: 10000 });
  await page.keyboard.type(position);
  await page.keyboard.press("Enter");
  await sleep(300);
  return page.$eval('[id="status.editor.selection"]', (s) => s.innerText.trim()).catch(() => null);
}

const squiggles = ".monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info";

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--window-size=1400,900",
    ],
    userDataDir: profile,
    defaultViewport: { width: 1400, height: 900 },
  });
  try {
    const page = await browser.newPage();
    page.on("pageerror", (e) => log(`pageerror: ${e.message}`));
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: WAIT });
    await page.waitForSelector(".monaco-workbench", { timeout: WAIT });
    log("workbench");
    // The Explorer shows the folder once the workspace is loaded.
    await page.waitForSelector(".explorer-folders-view .monaco-list-row", { timeout: WAIT });

    const opened = await quickOpen(page, noteName);
    report.opened = opened;
    if (!opened) {
      throw new Error(`could not open ${noteName} with Quick Open`);
    }
    await page.waitForFunction((w) => document.querySelector(".monaco-editor .view-lines")?.innerText.includes(w), { timeout: WAIT }, name);
    log("note open");

    if (process.env.E2E_EXPECT === "missing-server") {
      // Opening a Markdown note activates the extension, which must say what to do about the missing binary.
      await page
        .waitForFunction(
          () => [...document.querySelectorAll(".notifications-toasts .notification-list-item-message")].some((n) => n.innerText.includes("Dossier")),
          { timeout: WAIT },
        )
        .catch(() => null);
      report.notifications = await page.$$eval(".notifications-toasts .notification-list-item", (ns) => ns.map((n) => n.innerText));
      await page.screenshot({ path: `${shots}-missing.png` });
      return;
    }

    // A squiggle under the misspelled name, and dossier's message in its hover.
    const squiggle = await page
      .waitForSelector(squiggles, { timeout: WAIT })
      .catch(() => null);
    report.squiggle = !!squiggle;
    await page.screenshot({ path: `${shots}-squiggle.png` });
    if (squiggle) {
      report.squiggleHover = await hoverOn(page, mistakeWord, (t) => t.includes("dossier"));
    }

    // The hover card on the official's name.
    report.hover = await hoverOn(page, name, (t) => t.includes(name) && !t.includes("dossier("));
    await page.screenshot({ path: `${shots}-hover.png` });

    // Go to Definition (F12) on the name: which file becomes active, and the cursor's line.
    // The cursor goes on the name with Go to Line, then F12.
    report.cursorBeforeDefinition = await goToLine(page, namePosition);
    await page.keyboard.press("F12");
    const landed = await page
      .waitForFunction(
        (f) => {
          const tab = document.querySelector(".tabs-container .tab.active");
          return tab && !tab.innerText.includes(f);
        },
        { timeout: WAIT },
        noteName,
      )
      .then(() => true)
      .catch(() => false);
    await sleep(500);
    report.definition = {
      landed,
      tab: await page.$eval(".tabs-container .tab.active", (t) => t.innerText.trim()).catch(() => null),
      title: await page.title(),
      selection: await page
        .$eval('[id="status.editor.selection"]', (s) => s.innerText.trim())
        .catch(() => null),
    };
    await page.screenshot({ path: `${shots}-definition.png` });

    // Quick fix (Ctrl+.) on the misspelled name, then save: the text is the source's and the squiggle goes.
    const fixed = process.env.E2E_FIXED_TEXT;
    report.reopened = fixed ? (await activateTab(page, noteName)) || (await quickOpen(page, noteName)) : null;
    await page.screenshot({ path: `${shots}-reopened.png` });
    if (report.reopened) {
      report.cursorBeforeFix = await goToLine(page, process.env.E2E_MISTAKE_POSITION);
      await chord(page, "Control", "Period");
      const row = await page
        .waitForFunction(
          () =>
            [...document.querySelectorAll(".action-widget .monaco-list-row")].find(
              (r) => r.offsetParent !== null && r.innerText.trim() && !r.classList.contains("group-header"),
            ),
          { timeout: WAIT },
        )
        .catch(() => null);
      report.fixMenu = await page.$$eval(".action-widget .monaco-list-row", (rows) => rows.map((r) => r.innerText.trim()).filter(Boolean));
      await page.screenshot({ path: `${shots}-fix-menu.png` });
      if (row) {
        // The first action is the preferred quick fix: Enter applies it.
        await page.keyboard.press("Enter");
        report.fixApplied = await page
          .waitForFunction((t) => document.querySelector(".monaco-editor .view-lines")?.innerText.replace(/\u00a0/g, " ").includes(t), { timeout: WAIT }, fixed)
          .then(() => true)
          .catch(() => false);
        await chord(page, "Control", "KeyS");
        report.squiggleCleared = await page
          .waitForFunction((sel) => document.querySelectorAll(sel).length === 0, { timeout: WAIT }, squiggles)
          .then(() => true)
          .catch(() => false);
        await page.screenshot({ path: `${shots}-fixed.png` });
      }
    }

    // Problems panel (for the report).
    await page.mouse.move(5, 5);
    await page.keyboard.press("Escape");
    await chord(page, "Control", "Shift", "KeyM");
    await page.waitForSelector(".markers-panel .monaco-list-row", { timeout: 10000 }).catch(() => null);
    report.problems = await page.$$eval(".markers-panel .monaco-list-row", (rows) => rows.map((r) => r.innerText.replace(/\n/g, " ")));

    report.notifications = await page.$$eval(".notifications-toasts .notification-list-item-message", (ns) => ns.map((n) => n.innerText));
  } catch (e) {
    report.error = String(e && e.stack ? e.stack : e);
  } finally {
    console.log("E2E_REPORT " + JSON.stringify(report));
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
})();
