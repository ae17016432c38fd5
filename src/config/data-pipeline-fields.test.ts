/**
 * The data pipeline's fields: a loading latency in whole ms from 0 to 2,000 and prefetching
 * off or 1–2 batches ahead, both live; a bad value is refused at its field with its reason.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, FIELD_BY_KEY, type RawConfig, toRaw } from './schema';
import { validateEn } from './english-errors.test-util';

const raw = (over: Partial<RawConfig> = {}): RawConfig => ({ ...toRaw(DEFAULT_CONFIG), ...over });

describe('the data pipeline’s fields', () => {
  it('default to no latency and no prefetching, and apply live', () => {
    expect(DEFAULT_CONFIG.loadLatency).toBe(0);
    expect(DEFAULT_CONFIG.prefetch).toBe('off');
    expect(FIELD_BY_KEY.loadLatency.applies).toBe('live');
    expect(FIELD_BY_KEY.prefetch.applies).toBe('live');
    expect(FIELD_BY_KEY.loadLatency.unit).toBe('ms');
  });

  it('accept a latency and a prefetch depth', () => {
    const r = validateEn(raw({ loadLatency: '50', prefetch: '2' }));
    expect(r.errors).toEqual({});
    expect(r.config).toMatchObject({ loadLatency: 50, prefetch: '2' });
  });

  it.each([
    ['-5', /negative/],
    ['2500', /2,000 ms/],
    ['12.5', /whole number/i],
    ['fast', /number/i],
  ])('refuse the latency %s at its field', (value, message) => {
    const r = validateEn(raw({ loadLatency: value }));
    expect(r.config).toBeNull();
    expect(Object.keys(r.errors)).toEqual(['loadLatency']);
    expect(r.errors.loadLatency).toMatch(message);
  });

  it('refuse a prefetch depth it does not offer, naming the choices', () => {
    const r = validateEn(raw({ prefetch: '3' }));
    expect(Object.keys(r.errors)).toEqual(['prefetch']);
    expect(r.errors.prefetch).toMatch(/off.*1.*2/);
  });
});
