// Times compromise's nlp(text).quotations() on the articles in the folders given (every *.txt, file-name order), one
// article at a time on one thread, and prints one JSON line: {"articles", "characters", "rounds", "wallSeconds",
// "cpuSeconds", "quotations"} (seconds summed over the timed rounds, after one warm-up round).
// Usage: node compromise.mjs ROUNDS FOLDER...   (run by `dotnet run ... -- peer`, which prints both and the ratio)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const [roundsArgument, ...folders] = process.argv.slice(2);
const rounds = Number.parseInt(roundsArgument ?? '3', 10);
const texts = folders.flatMap(folder =>
  readdirSync(folder).filter(name => name.endsWith('.txt')).sort().map(name => readFileSync(join(folder, name), 'utf8')));

let quotations = 0;
let wall = 0n;
let cpu = 0;
for (let round = -1; round < rounds; round++) {
  const startWall = process.hrtime.bigint();
  const startCpu = process.cpuUsage();
  for (const text of texts) {
    quotations += nlp(text).quotations().length;
  }
  if (round >= 0) {
    wall += process.hrtime.bigint() - startWall;
    const used = process.cpuUsage(startCpu);
    cpu += (used.user + used.system) / 1e6;
  }
}

console.log(JSON.stringify({
  articles: texts.length,
  characters: texts.reduce((sum, text) => sum + text.length, 0),
  rounds,
  wallSeconds: Number(wall) / 1e9,
  cpuSeconds: cpu,
  quotations: quotations / (rounds + 1),
}));
