import { readFileSync } from 'node:fs';
import { loadSearchBase, loadSearchShard, withShard, planSearch, articlesNeeded } from '../core/search/search-index';
const parts = JSON.parse(readFileSync('/tmp/prof/parts-10000.json', 'utf8'));
let index = loadSearchBase(parts.base);
for (const s of parts.shards) index = withShard(index, loadSearchShard(s));
const TYPED = ['hamaney', 'putin', 'esir takası', 'petrol fiyatları', 'kim jong un', 'dışişleri'];
const keys = TYPED.flatMap((p) => [...p].map((_, i) => p.slice(0, i + 1)));
const budget = { ms: 20, now: () => performance.now() };
for (const q of keys) planSearch(index, q, { budget });
const times: [number, string, boolean][] = [];
for (let r = 0; r < 3; r++) for (const q of keys) { const t0 = performance.now(); const p = planSearch(index, q, { budget }); articlesNeeded(index, p); times.push([performance.now() - t0, q, p.partial]); }
times.sort((a, b) => b[0] - a[0]);
console.log(times.slice(0, 12).map(([t, q, p]) => `${t.toFixed(1)} ${q} ${p}`).join('\n'));
const s = times.map((t) => t[0]).sort((a, b) => a - b);
console.log('p50', s[Math.floor(s.length / 2)]!.toFixed(1), 'p95', s[Math.floor(s.length * 0.95)]!.toFixed(1));
