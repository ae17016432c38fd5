/**
 * Reduce-on-plateau lives in src/config/plateau.ts (pure, shared with the page); re-exported
 * here for the engine's training code.
 */
export * from '../../config/plateau';
