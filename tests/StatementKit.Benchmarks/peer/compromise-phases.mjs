// compromise's nlp(text).quotations() over the articles of the folders given, in the phases SteadyState.cs reports for
// StatementKit: the first pass (cold), the fourth (warm), and the best of ROUNDS passes after the same warm-up (8 passes
// with 400 ms pauses). Prints one JSON line of CPU seconds per pass (the process's: user and system).
// Usage: node compromise-phases.mjs ROUNDS FOLDER...
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const [roundsArgument, ...folders] = process.argv.slice(2);
const rounds = Number.parseInt(roundsArgument ?? '5', 10);
const texts = folders.flatMap(folder =>
  readdirSync(folder).filter(name => name.endsWith('.txt')).sort().map(name => readFileSync(join(folder, name), 'utf8')));
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

let quotations = 0;
function pass() {
  const start = process.cpuUsage();
  quotations = 0;
  for (const text of texts) {
    quotations += nlp(text).quotations().length;
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const cold = pass();
pass();
pass();
const warm = pass();
for (let i = 0; i < 8; i++) {
  pass();
  await sleep(400);
}
let steady = Infinity;
for (let round = 0; round < rounds; round++) {
  steady = Math.min(steady, pass());
}

console.log(JSON.stringify({ characters: texts.reduce((sum, text) => sum + text.length, 0), cold, warm, steady, quotations }));
