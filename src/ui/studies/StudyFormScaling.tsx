/**
 * The scaling study's part of the study definition form: the task (the names model or MNIST),
 * the model sizes and the data sizes with the fields they are varied as, and the steps per run.
 */
import type { TaskId } from '../../config/schema';
import type { RunSettings } from '../../data/study/expand';
import { useTexts } from '../locale';
import { type FormState, sizeFields } from './study-form-state';
import { type SectionProps, StepsInput, TextInput } from './study-form-inputs';
import { fieldName, settingText } from './study-view-kit';

const SCALING_TASKS: readonly TaskId[] = ['names', 'mnist'];

export function ScalingSection({
  form,
  set,
  errorsAt,
  base,
}: SectionProps & { base: RunSettings }) {
  const all = useTexts();
  const t = all.studyForm;
  const sizes = sizeFields(base, form.scalingTask);
  return (
    <fieldset data-testid="study-sizes">
      <legend>{t.kinds.scaling}</legend>
      <div className="study-form-row">
        <label>
          {t.task}
          <select
            value={form.scalingTask}
            data-testid="study-scaling-task"
            onChange={(e) => {
              const task = e.target.value as TaskId;
              const f = sizeFields(base, task);
              set({
                scalingTask: task,
                modelField: f.model.includes(form.modelField) ? form.modelField : f.model[0],
                dataField: f.data.includes(form.dataField) ? form.dataField : f.data[0],
              });
            }}
          >
            {SCALING_TASKS.map((task) => (
              <option key={task} value={task}>
                {settingText(all, 'task', task)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="study-form-row">
        <TextInput
          input="modelSizes"
          label={t.modelSizes}
          help={t.valuesHelp}
          value={form.modelSizesText}
          wide
          errors={errorsAt('modelSizes', t.modelSizes)}
          onChange={(v) => set({ modelSizesText: v })}
        />
        <label>
          {t.sizeField}
          <select
            value={form.modelField}
            data-testid="study-model-field"
            onChange={(e) => set({ modelField: e.target.value as FormState['modelField'] })}
          >
            {sizes.model.map((k) => (
              <option key={k} value={k}>
                {fieldName(all, k)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="study-form-row">
        <TextInput
          input="dataSizes"
          label={t.dataSizes}
          help={t.valuesHelp}
          value={form.dataSizesText}
          wide
          errors={errorsAt('dataSizes', t.dataSizes)}
          onChange={(v) => set({ dataSizesText: v })}
        />
        <label>
          {t.sizeField}
          <select
            value={form.dataField}
            data-testid="study-data-field"
            onChange={(e) => set({ dataField: e.target.value as FormState['dataField'] })}
          >
            {sizes.data.map((k) => (
              <option key={k} value={k}>
                {fieldName(all, k)}
              </option>
            ))}
          </select>
        </label>
        {/* With run lengths as data sizes, each run's length is its data size. */}
        {form.dataField !== 'maxSteps' && (
          <StepsInput form={form} set={set} errors={errorsAt('stepsPerRun', t.stepsPerRun)} />
        )}
      </div>
    </fieldset>
  );
}
