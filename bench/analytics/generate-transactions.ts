/**
 * Writes a seeded, realistic French sales export for the ingest benchmark:
 * `.bench-data/transactions-1m.csv` (git-ignored), 1,000,000 rows sorted by date,
 * `n° client;date d'achat;montant TTC` with DD/MM/YYYY dates and decimal commas, about 2 % refunds
 * and several line items on some visits — the shape `habitue analyze` meets in real files.
 *
 *   npx tsx bench/analytics/generate-transactions.ts [rows] [seed]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../.bench-data');
export const benchFile = (rows: number) => join(BENCH_DATA_DIR, `transactions-${rows / 1e6}m.csv`);

const START = Date.UTC(2023, 0, 1) / 86_400_000;
const DAYS = 3 * 365;

/** mulberry32: a small seeded generator, enough for benchmark data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function generateTransactions(rows: number, seed = 42): string {
  const rand = random(seed);
  const day = new Int32Array(rows);
  const customer = new Int32Array(rows);
  const cents = new Int32Array(rows);
  let n = 0;
  for (let c = 0; n < rows; c++) {
    // Each customer buys at their own rate and leaves after a geometric number of visits.
    const first = Math.floor(rand() * DAYS);
    const meanGap = 5 + 120 * rand() ** 2;
    const leave = 0.05 + 0.4 * rand();
    const basket = 800 + 4000 * rand();
    for (let d = first; d < DAYS && n < rows; d += Math.ceil(-Math.log(1 - rand()) * meanGap)) {
      const items = rand() < 0.3 ? 1 + Math.floor(rand() * 4) : 1;
      for (let i = 0; i < items && n < rows; i++, n++) {
        day[n] = d;
        customer[n] = c;
        const amount = Math.round(basket * (0.3 + rand() * 1.4));
        cents[n] = rand() < 0.02 ? -amount : amount;
      }
      if (rand() < leave) break;
    }
  }
  const order = Array.from({ length: rows }, (_, i) => i).sort((a, b) => day[a]! - day[b]!);
  const lines = ["n° client;date d'achat;montant TTC"];
  for (const i of order) {
    const date = new Date((START + day[i]!) * 86_400_000);
    const dd = String(date.getUTCDate()).padStart(2, '0');
    const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
    const euros = (cents[i]! / 100).toFixed(2).replace('.', ',');
    lines.push(
      `C${String(customer[i]).padStart(6, '0')};${dd}/${mm}/${date.getUTCFullYear()};${euros}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const seed = Number(process.argv[3] ?? 42);
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  writeFileSync(benchFile(rows), generateTransactions(rows, seed));
  console.log(`${benchFile(rows)}: ${rows} rows (seed ${seed})`);
}
