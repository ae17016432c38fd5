/**
 * Choosing the texts that are true of the run on screen: the {@link TextContext} of a task,
 * model and kind of target, and the resolution of a {@link Varies} text for it.
 */
import { DEFAULT_CONFIG, MODELS_OF, TASK_IDS, type TaskId } from '../config/schema';
import type { ProblemKind } from '../data/own-data';
import type { LossKind, ModelKind, TextContext, Varies } from './types';

/** Tasks whose target is always a number (mean squared error); a table's depends on its data. */
const REGRESSION_TASKS: readonly TaskId[] = ['regress1d'];

/**
 * The context of a run: `task` and `model` as the config names them (an unknown task counts as
 * the default one, a model the task does not offer as the task's first), and, for a table,
 * whether its target is a class or a number (`problem`; classification, the iris example's,
 * when not yet known).
 */
export function textContext(task: string, model: string, problem?: ProblemKind): TextContext {
  const t = (TASK_IDS as readonly string[]).includes(task) ? (task as TaskId) : DEFAULT_CONFIG.task;
  const offered = MODELS_OF[t] ?? ['mlp'];
  const m = offered.find((o) => o === model) ?? offered[0];
  const kind: ModelKind = t === 'names' && m === 'mlp' ? 'charMlp' : m;
  const regression = REGRESSION_TASKS.includes(t) || (t === 'table' && problem === 'regression');
  const loss: LossKind = regression ? 'mse' : 'crossEntropy';
  return { task: t, model: kind, loss };
}

/** The text a {@link Varies} takes in `ctx`: the case of its task, model or loss, else `other`. */
export function resolveText(text: Varies, ctx: TextContext): string {
  if (typeof text === 'string') return text;
  if ('byLoss' in text) return resolveText(text.byLoss[ctx.loss], ctx);
  if ('byModel' in text) {
    const cases = text.byModel as Partial<Record<ModelKind, Varies>> & { other?: Varies };
    return resolveText((cases[ctx.model] ?? cases.other)!, ctx);
  }
  return resolveText(text.byTask[ctx.task] ?? text.byTask.other, ctx);
}

/** Every text a {@link Varies} can take, whatever the context (for checks of the catalogue). */
export function allVariants(text: Varies): string[] {
  if (typeof text === 'string') return [text];
  const cases: Record<string, Varies | undefined> =
    'byLoss' in text ? text.byLoss : 'byModel' in text ? text.byModel : text.byTask;
  return Object.values(cases).flatMap((c) => (c === undefined ? [] : allVariants(c)));
}
