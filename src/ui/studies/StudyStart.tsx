/**
 * Starting a study from its definition as JSON (src/data/study/definition.ts): a text that is
 * not JSON, a definition `parseStudy` refuses, or runs the sidebar refuses are listed, each at
 * its place (line and column of the JSON, path in the definition, index of the run), and
 * nothing runs until the whole definition is valid.
 */
import { useId, useState } from 'react';
import type { FieldIssue, FieldKey } from '../../config/schema';
import { issueText } from '../../content';
import { fill } from '../../content/fill';
import { parseStudy } from '../../data/study/definition';
import { useLocale, useTexts } from '../locale';
import { fmt } from '../viz/format';
import { EXAMPLE_STUDY } from './example-study';
import type { StudyRunner } from './study-runner';

export function StudyStart({ runner }: { runner: StudyRunner }) {
  const t = useTexts();
  const { locale } = useLocale();
  const id = useId();
  const [text, setText] = useState(() => JSON.stringify(EXAMPLE_STUDY, null, 2));
  const [problems, setProblems] = useState<{ at: string; text: string }[]>([]);

  const start = async () => {
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (e) {
      setProblems([
        { at: '', text: fill(t.studyRunner.notJson, { detail: (e as Error).message }) },
      ]);
      return;
    }
    const parsed = parseStudy(input);
    if (!parsed.ok) {
      setProblems(
        parsed.issues.map((i) => ({
          at: i.path,
          text: fill(t.study.issues[i.id], { path: i.path || '–', ...i.values }),
        })),
      );
      return;
    }
    const r = await runner.start(parsed.study);
    if (!r.ok) {
      setProblems(
        r.refused.map((x) => ({
          at: `runs.${x.index}`,
          text: fill(t.studyRunner.refusedRun, {
            index: x.index,
            settings: Object.entries(x.settings)
              .map(([k, v]) => `${k} = ${v}`)
              .join(', '),
            // The sidebar's own sentence for each field it refuses.
            issues: (Object.entries(x.errors) as [FieldKey, FieldIssue][])
              .map(([key, issue]) => issueText(key, issue, locale, (n) => fmt(n)))
              .join(' '),
          }),
        })),
      );
      return;
    }
    setProblems([]);
  };

  return (
    <div className="study-start">
      <label htmlFor={id}>{t.studyRunner.definitionLabel}</label>
      <textarea
        id={id}
        data-testid="study-definition"
        rows={10}
        spellCheck={false}
        value={text}
        aria-invalid={problems.length > 0}
        aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {problems.length > 0 && (
        <ul
          id={`${id}-problems`}
          className="study-problems"
          role="alert"
          data-testid="study-problems"
        >
          {problems.map((p) => (
            <li key={p.at + p.text} data-path={p.at}>
              {p.text}
            </li>
          ))}
        </ul>
      )}
      <button type="button" data-testid="study-start-json" onClick={() => void start()}>
        {t.studyRunner.start}
      </button>
    </div>
  );
}
