// A worker for two-ended-claims.test.ts: takes chunks from the back as fast as it can, marking
// each one taken, and answers how many it took.
import { parentPort, workerData } from 'node:worker_threads';
import { TwoEndedClaims } from '../../src/cli/analyze/two-ended-claims.ts';
import { busy } from './claims-busy.ts';

const { state, count, marks, ready } = workerData as {
  state: Int32Array;
  count: number;
  marks: Int32Array;
  ready: Int32Array;
};
const claims = TwoEndedClaims.of(state, count);
Atomics.store(ready, 0, 1);
Atomics.notify(ready, 0);
let taken = 0;
for (let k = claims.back(); k >= 0; k = claims.back()) {
  Atomics.add(marks, k, 1);
  taken += 1 + busy(k);
}
parentPort!.postMessage(taken);
