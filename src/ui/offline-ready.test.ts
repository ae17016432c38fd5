import { describe, expect, it, vi } from 'vitest';
import { isOfflineReady, markOfflineReady, subscribeOfflineReady } from './offline-ready';

describe('offline ready', () => {
  it('starts false, turns true once, and tells each subscriber once', () => {
    expect(isOfflineReady()).toBe(false);
    const listener = vi.fn();
    const gone = vi.fn();
    subscribeOfflineReady(listener);
    const unsubscribe = subscribeOfflineReady(gone);
    unsubscribe();
    markOfflineReady();
    markOfflineReady();
    expect(isOfflineReady()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(gone).not.toHaveBeenCalled();
  });
});
