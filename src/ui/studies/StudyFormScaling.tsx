/**
 * The scaling study's part of the study definition form: the task (the names model or MNIST),
 * the model sizes and the data sizes with the fields they are varied as, and the steps per run.
 */
import type { ReactNode } from 'react';
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
      <SizeRow
        input="modelSizes"
        label={t.modelSizes}
        text={form.modelSizesText}
        onText={(v) => set({ modelSizesText: v })}
        field={form.modelField}
        fields={sizes.model}
        onField={(k) => set({ modelField: k as FormState['modelField'] })}
        testId="study-model-field"
        errors={errorsAt('modelSizes', t.modelSizes)}
      />
      <SizeRow
        input="dataSizes"
        label={t.dataSizes}
        text={form.dataSizesText}
        onText={(v) => set({ dataSizesText: v })}
        field={form.dataField}
        fields={sizes.data}
        onField={(k) => set({ dataField: k as FormState['dataField'] })}
        testId="study-data-field"
        errors={errorsAt('dataSizes', t.dataSizes)}
      >
        {/* With run lengths as data sizes, each run's length is its data size. */}
        {form.dataField !== 'maxSteps' && (
          <StepsInput form={form} set={set} errors={errorsAt('stepsPerRun', t.stepsPerRun)} />
        )}
      </SizeRow>
    </fieldset>
  );
}

/** One row of sizes: the values as text, and the sidebar field they are set as. */
function SizeRow({
  input,
  label,
  text,
  onText,
  field,
  fields,
  onField,
  testId,
  errors,
  children,
}: {
  input: 'modelSizes' | 'dataSizes';
  label: string;
  text: string;
  onText: (v: string) => void;
  field: string;
  fields: readonly string[];
  onField: (key: string) => void;
  testId: string;
  errors: ReturnType<SectionProps['errorsAt']>;
  children?: ReactNode;
}) {
  const all = useTexts();
  const t = all.studyForm;
  return (
    <div className="study-form-row">
      <TextInput
        input={input}
        label={label}
        help={t.valuesHelp}
        value={text}
        wide
        errors={errors}
        onChange={onText}
      />
      <label>
        {t.sizeField}
        <select value={field} data-testid={testId} onChange={(e) => onField(e.target.value)}>
          {fields.map((k) => (
            <option key={k} value={k}>
              {fieldName(all, k)}
            </option>
          ))}
        </select>
      </label>
      {children}
    </div>
  );
}
