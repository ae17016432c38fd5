/**
 * Giving the worker's event loop a turn, so that pending messages (pause, live changes, the
 * heartbeat) are delivered during a long stretch of training.
 */

/**
 * One channel serves every yield: run mode yields at every read-back, and a new channel each
 * time cost a few percent of a fast backend's training time.
 */
const yieldChannel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
const yieldWaiters: (() => void)[] = [];
if (yieldChannel) {
  yieldChannel.port1.onmessage = () => yieldWaiters.shift()?.();
  // Under Node (the unit tests) a listening port would keep the process alive.
  (yieldChannel.port1 as MessagePort & { unref?: () => void }).unref?.();
}

/** Resolves after the event loop has delivered the messages pending now (a message turn). */
export function yieldToEventLoop(): Promise<void> {
  if (!yieldChannel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    yieldWaiters.push(resolve);
    yieldChannel.port2.postMessage(null);
  });
}

/**
 * Resolves after a timer turn. A timer, not a message: measured in Chromium, a worker's own
 * posted messages ran ahead of its due timers, and the heartbeat waited for the next read-back.
 */
export function yieldToTimers(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
