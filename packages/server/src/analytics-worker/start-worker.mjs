// A worker thread's first module. The sources are TypeScript run through tsx (see bin/habitue.js),
// and a worker thread does not inherit the loader of the thread that started it: register it
// here, then load the worker's TypeScript.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
