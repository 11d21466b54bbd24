/** Where a command writes; tests pass in-memory streams. */
export type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
