/**
 * The learning-rate schedules live in src/config/schedules.ts (pure math, shared with the
 * page, which plots them); re-exported here for the engine's training code.
 */
export * from '../../config/schedules';
