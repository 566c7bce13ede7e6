/**
 * Resolves after the event loop has had a turn: timers and other requests' I/O run first. Long work (an import's
 * validation, replay and writes, a large body's scan) awaits this between slices so one request cannot hold the
 * server; #21 measured 13 s and 80 s pauses before.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
