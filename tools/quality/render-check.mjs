// Render check: every processes/*.bpmn must open in bpmn-js (the viewer that Cockpit and Tasklist 7.24 embed)
// and every forms/*.form in form-js-viewer 1.8.7 (the Tasklist 7.24 renderer), in the machine's headless Chromium.
// The engine deploys models and forms that these viewers cannot show, so only this check catches them.
// A PNG of each file goes to target/render/ for a human look. Exit code 1 if any file fails; each failure names it.
//
// Usage (from tools/quality after `npm ci`): node render-check.mjs
// Environment: CHROMIUM = path of the browser (default /usr/bin/chromium, else /usr/bin/chromium-headless-shell).

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'target', 'render');
const require = createRequire(import.meta.url);
const asset = (name) => require.resolve(name);

// Flags that keep Chromium off the (closed) network and independent of any profile.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function browserPath() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-headless-shell'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error('no Chromium found: apt-get install -y chromium (or set CHROMIUM=/path/to/chromium)');
  }
  return found;
}

function filesIn(folder, suffix) {
  const dir = join(root, folder);
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir).filter((name) => name.endsWith(suffix)).sort().map((name) => join(dir, name));
}

// form-js-viewer 1.8.7 ships only ES modules that import CommonJS packages (lodash), so a browser cannot load it
// as is; esbuild bundles exactly the pinned package into one script that sets window.FormViewer.
async function formViewerBundle() {
  const result = await esbuild.build({
    stdin: {
      contents: "export { Form, schemaVersion } from '@bpmn-io/form-js-viewer';",
      resolveDir: here,
    },
    bundle: true,
    format: 'iife',
    globalName: 'FormViewer',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

// Runs in the page: imports the XML, then checks that every flow element and participant got a shape or edge.
async function renderBpmn(xml) {
  const viewer = new window.BpmnJS({ container: '#canvas' });
  const { warnings } = await viewer.importXML(xml);
  const registry = viewer.get('elementRegistry');
  const notDrawn = [];
  const visit = (container) => {
    for (const element of container.flowElements || []) {
      if (!registry.get(element.id)) {
        notDrawn.push(element.id);
      }
      visit(element);
    }
  };
  for (const rootElement of viewer.getDefinitions().rootElements) {
    visit(rootElement);
    for (const participant of rootElement.participants || []) {
      if (!registry.get(participant.id)) {
        notDrawn.push(participant.id);
      }
    }
  }
  // Size the picture to the diagram (at most 4000 px a side) so that small models are not lost in white space.
  const canvas = viewer.get('canvas');
  const inner = canvas.viewbox().inner;
  const container = document.querySelector('#canvas');
  container.style.width = `${Math.min(Math.ceil(inner.width) + 80, 4000)}px`;
  container.style.height = `${Math.min(Math.ceil(inner.height) + 80, 4000)}px`;
  canvas.resized();
  canvas.zoom('fit-viewport', 'auto');
  const drawn = registry.filter((element) => element.parent && !element.labelTarget).length;
  return { warnings: warnings.map((warning) => warning.message), notDrawn, drawn };
}

// Runs in the page: walks the schema for types this viewer lacks (a clearer message than the import error),
// then imports it the way Tasklist does (new Form + importSchema) and counts the rendered fields.
async function renderForm(schema) {
  const { Form, schemaVersion } = window.FormViewer;
  const problems = [];
  if (schema.schemaVersion > schemaVersion) {
    problems.push(`schemaVersion ${schema.schemaVersion} is newer than form-js-viewer's ${schemaVersion}`);
  }
  const form = new Form({ container: document.querySelector('#form') });
  const formFields = form.get('formFields');
  const walk = (component) => {
    for (const child of component.components || []) {
      if (!formFields.get(child.type)) {
        problems.push(`component ${child.id || child.key || '?'} has unknown type <${child.type}>`);
      }
      walk(child);
    }
  };
  walk(schema);
  if (problems.length) {
    return { problems, fields: 0 };
  }
  const { warnings } = await form.importSchema(schema, {});
  await new Promise((resolve) => setTimeout(resolve, 100)); // preact renders asynchronously
  return {
    problems: warnings.map((warning) => warning.message || String(warning)),
    fields: document.querySelectorAll('#form .fjs-form-field').length,
  };
}

// One fresh page per file, so that a script error is blamed on the file that caused it.
async function check(context, setup, run) {
  const page = await context.newPage();
  const uncaught = [];
  const consoleErrors = [];
  const firstLine = (text) => String(text).split('\n')[0].replace(/^page\.evaluate: /, '');
  page.on('pageerror', (error) => uncaught.push(firstLine(error.message)));
  page.on('console', (message) => {
    // The network is blocked on purpose, so a form's external image failing to load is not the form's fault.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      consoleErrors.push(firstLine(message.text()));
    }
  });
  // bpmn-js logs every import warning to the console as well: show console errors only when nothing else explains.
  const withPageErrors = (problems) => [...problems, ...uncaught, ...(problems.length ? [] : consoleErrors)];
  try {
    await setup(page);
    return withPageErrors(await run(page));
  } catch (error) {
    return withPageErrors([firstLine(error.message || error)]);
  } finally {
    await page.close();
  }
}

async function main() {
  const models = filesIn('processes', '.bpmn');
  const forms = filesIn('forms', '.form');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const formBundle = forms.length ? await formViewerBundle() : '';
  const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  // Nothing may come from outside: the check must behave the same without a network.
  await context.route('**/*', (route) => route.abort());

  const failures = [];
  const report = (file, problems, detail) => {
    const name = relative(root, file);
    if (problems.length) {
      failures.push(name);
      console.log(`FAIL ${name}`);
      problems.forEach((problem) => console.log(`     ${problem}`));
    } else {
      console.log(`ok   ${name} (${detail})`);
    }
  };

  for (const file of models) {
    let drawn = 0;
    const problems = await check(context, async (page) => {
      await page.setContent('<div id="canvas" style="width:1600px;height:1000px"></div>');
      await page.addStyleTag({ path: asset('bpmn-js/dist/assets/diagram-js.css') });
      await page.addStyleTag({ path: asset('bpmn-js/dist/assets/bpmn-js.css') });
      await page.addScriptTag({ path: asset('bpmn-js/dist/bpmn-viewer.production.min.js') });
    }, async (page) => {
      const result = await page.evaluate(renderBpmn, readFileSync(file, 'utf8'));
      drawn = result.drawn;
      const problems = result.warnings.map((warning) => `import warning: ${warning}`);
      if (result.notDrawn.length) {
        problems.push(`no diagram shape for: ${result.notDrawn.join(', ')}`);
      }
      if (result.drawn === 0) {
        problems.push('the diagram is empty');
      }
      await page.locator('#canvas').screenshot({ path: join(out, `${relative(join(root, 'processes'), file)}.png`) });
      return problems;
    });
    report(file, problems, `${drawn} elements drawn`);
  }

  for (const file of forms) {
    let fields = 0;
    const problems = await check(context, async (page) => {
      await page.setContent('<div id="form" style="width:800px"></div>');
      await page.addStyleTag({ path: asset('@bpmn-io/form-js-viewer/dist/assets/form-js.css') });
      await page.addScriptTag({ content: formBundle });
    }, async (page) => {
      const schema = JSON.parse(readFileSync(file, 'utf8'));
      const result = await page.evaluate(renderForm, schema);
      fields = result.fields;
      const problems = [...result.problems];
      if (!problems.length && fields === 0) {
        problems.push('the form rendered no field');
      }
      if (!problems.length) {
        await page.locator('#form').screenshot({ path: join(out, `${relative(join(root, 'forms'), file)}.png`) });
      }
      return problems;
    });
    report(file, problems, `${fields} fields rendered`);
  }

  await browser.close();
  console.log(`render check: ${models.length} model(s), ${forms.length} form(s), ${failures.length} with problems;`
    + ` pictures in ${relative(root, out)}/`);
  if (failures.length) {
    console.log(`render check FAILED for: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`render check could not run: ${error.stack || error}`);
  process.exitCode = 1;
});
