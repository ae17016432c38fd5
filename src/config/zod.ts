/**
 * zod, set up once for the whole app: every module imports `z` from here, never from 'zod'.
 *
 * zod 4 compiles object schemas into functions with `new Function` (and probes whether it may
 * at the first object schema it builds). The page's Content-Security-Policy allows no
 * `unsafe-eval`, and Chromium reports even a probe that is caught as a violation, so zod runs
 * jitless: the same checks, interpreted. `jitless` must be set before the first schema is
 * built, which importing `z` from this module guarantees.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
