import cluster from 'node:cluster';

// Loaded before the server with --import, to fail the way FAULT says, outside any request:
// `throw` and `reject` on SIGUSR2; `worker-exit` makes every cluster worker die soon after it starts.
process.on('SIGUSR2', () => {
  if (process.env['FAULT'] === 'reject') {
    void Promise.reject(new Error('injected rejection'));
    return;
  }
  setImmediate(() => {
    throw new Error('injected exception');
  });
});
if (process.env['FAULT'] === 'worker-exit' && cluster.isWorker) {
  setTimeout(() => process.exit(3), 200);
}
