/** Every task the lab can run, by id. Add a task by adding its folder and one line here. */
import { classify2d } from './classify2d';
import type { Task } from './types';

export const TASKS = { classify2d } as const satisfies Record<string, Task>;

export type TaskId = keyof typeof TASKS;
