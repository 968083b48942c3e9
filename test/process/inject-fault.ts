// Loaded before the server with --import: on SIGUSR2, fails the way FAULT says, outside any request.
process.on('SIGUSR2', () => {
  if (process.env['FAULT'] === 'reject') {
    void Promise.reject(new Error('injected rejection'));
    return;
  }
  setImmediate(() => {
    throw new Error('injected exception');
  });
});
