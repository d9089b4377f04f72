// Parses every chart in a folder (written by MermaidChartCorpusTest from the CLI's output) with the real
// Mermaid parser, pinned in package-lock.json, and compares what Mermaid read with the chart's manifest:
// the title unchanged, and every task present once, in its section, with its text. Exits 1 on any difference.
// Usage: node check.mjs FOLDER
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

// Mermaid's sanitiser (DOMPurify) needs a DOM; jsdom gives it one in Node.
const { window } = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
const version = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'node_modules/mermaid/package.json'), 'utf8')).version;

const folder = process.argv[2];
const charts = readdirSync(folder).filter((name) => name.endsWith('.mmd')).sort();
if (charts.length === 0) {
  console.error(`mermaid-check: no charts in ${folder}`);
  process.exit(1);
}

const key = (task) => JSON.stringify([task.section, task.text]);
let problems = 0;
let tasks = 0;
for (const chart of charts) {
  const text = readFileSync(join(folder, chart), 'utf8');
  const expected = JSON.parse(readFileSync(join(folder, chart.replace(/\.mmd$/, '.json')), 'utf8'));
  const fail = (message) => { problems++; console.error(`mermaid-check: ${chart}: ${message}`); };
  let db;
  try {
    db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db;
  } catch (error) {
    fail(`does not parse: ${error.message.split('\n')[0]}`);
    continue;
  }

  if (db.getDiagramTitle() !== expected.title) {
    fail(`title ${JSON.stringify(db.getDiagramTitle())}, expected ${JSON.stringify(expected.title)}`);
  }

  const read = db.getTasks().map((task) => key({ section: task.section, text: task.task })).sort();
  const wanted = expected.tasks.map(key).sort();
  tasks += wanted.length;
  const missing = wanted.filter((task) => !read.includes(task));
  const extra = read.filter((task) => !wanted.includes(task));
  if (read.length !== wanted.length || missing.length > 0 || extra.length > 0) {
    fail(`${read.length} tasks read, ${wanted.length} expected; missing ${missing.slice(0, 3).join(' ')}; unexpected ${extra.slice(0, 3).join(' ')}`);
  }
}

console.log(`mermaid-check: ${charts.length} charts, ${tasks} tasks, mermaid ${version}: ${problems === 0 ? 'all read as written' : `${problems} problems`}`);
process.exit(problems === 0 ? 0 : 1);
