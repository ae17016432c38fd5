import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, SCENARIO_LIST, SCENARIOS } from './scenarios';
import { validate } from './schema';
import { readSearch } from './url';

describe('lecture scenarios', () => {
  it('are at least eight, each keyed by its own id', () => {
    expect(SCENARIO_LIST.length).toBeGreaterThanOrEqual(8);
    for (const id of SCENARIO_IDS) expect(SCENARIOS[id].id).toBe(id);
  });

  it('each link (and its contrast) loads as written: no ignored key, every field valid', () => {
    for (const s of SCENARIO_LIST) {
      for (const query of [s.query, s.contrast].filter((q) => q !== undefined)) {
        const { raw, notices } = readSearch(`?${query}`);
        expect(notices, query).toEqual([]);
        expect(validate(raw).errors, query).toEqual({});
      }
    }
  });
});
