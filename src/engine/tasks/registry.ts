/** Every task the lab can run, by id. Add a task by adding its folder and one line here. */
import type { TaskId } from '../../config/schema';
import { classify2d } from './classify2d';
import { mnist } from './mnist';
import { names } from './names';
import { regress1d } from './regress1d';
import { table } from './table';
import type { Task } from './types';

export const TASKS: Record<TaskId, Task> = { classify2d, mnist, regress1d, names, table };

export type { TaskId };
