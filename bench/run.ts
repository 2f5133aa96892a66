// `npm run bench`: every performance figure in one table, also written to bench/results.json.
// Goals are printed beside the figures; nothing here fails a build, it measures.
import { writeFileSync } from "node:fs";
import { benchDocuments } from "./documents.js";

interface Row {
  figure: string;
  value: string;
  goal?: string;
  ok?: boolean;
}

const rows: Row[] = [];
const results: Record<string, unknown> = { measuredAt: new Date().toISOString(), node: process.version };

const docs = await benchDocuments();
results.documents = docs;
for (const d of docs) {
  const goal = d.kind === "access_request" ? "≤ 5 ms median" : undefined;
  rows.push({ figure: `document build: ${d.kind}`, value: `median ${d.medianMs} ms, p95 ${d.p95Ms} ms`, goal, ok: goal ? d.medianMs <= 5 : undefined });
}

const width = Math.max(...rows.map((r) => r.figure.length));
console.log(`\n${"figure".padEnd(width)}  value${" ".repeat(28)}goal`);
for (const r of rows) {
  const mark = r.ok === undefined ? "" : r.ok ? "  ✓" : "  ✗ over goal";
  console.log(`${r.figure.padEnd(width)}  ${r.value.padEnd(33)}${r.goal ?? ""}${mark}`);
}
writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
console.log("\nwritten: bench/results.json");
