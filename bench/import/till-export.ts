/**
 * The till export the import benchmarks read: customer number, date, amount with a decimal
 * comma; two years of sales, `rows` transactions by `customers` customers. Seeded, so every
 * pass of a run (and the `COPY` it is compared to) gets exactly the same rows.
 */
export function tillExport(rows: number, customers: number): Uint8Array {
  const day0 = Date.UTC(2023, 0, 1);
  // mulberry32
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const lines = ['N° client;Date;Montant'];
  for (let i = 0; i < rows; i++) {
    const customer = Math.floor(random() * customers);
    const date = new Date(day0 + Math.floor(random() * 730) * 86_400_000);
    const day = `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
    const cents = 100 + Math.floor(random() * 5000);
    lines.push(
      `C${customer};${day};${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}
