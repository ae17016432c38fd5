/**
 * The preview page of the study views (studies-preview.html): the form that plans a study and
 * the results of a synthetic study of each kind (../../data/study/fixtures.ts), or of the study
 * a page script put in `window.__studyPreview`, so the views can be looked at and tested
 * without training. `?kind=sweep|ablation|scaling|form` shows one; `lang=de` German.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { LabConfig } from '../../config/schema';
import type { RunRecord } from '../../data/run-record';
import type { StudyDefinition } from '../../data/study/definition';
import { ablationFixture, scalingFixture, sweepFixture } from '../../data/study/fixtures';
import type { StudyRecord } from '../../data/study/study-record';
import { LocaleProvider } from '../locale';
import { StudyDefinitionForm } from './StudyDefinitionForm';
import { StudyResults } from './StudyResults';
import '../styles.css';

declare global {
  interface Window {
    /** A study and run records to show instead of the synthetic ones. */
    __studyPreview?: { study: StudyRecord; runs: RunRecord[] };
  }
}

/** A base that uses the techniques an ablation can switch off. */
const FORM_BASE = {
  task: 'classify2d',
  dataset: 'spiral',
  optimizer: 'momentum',
  weightDecay: 0.0005,
  lrSchedule: 'cosine',
  clipping: 'norm',
};

const FIXTURES = { sweep: sweepFixture, ablation: ablationFixture, scaling: scalingFixture };

function Preview() {
  const kind = new URLSearchParams(window.location.search).get('kind') ?? 'sweep';
  const [opened, setOpened] = useState<LabConfig | null>(null);
  const [started, setStarted] = useState<StudyDefinition | null>(null);
  if (kind === 'form')
    return (
      <main className="card">
        <StudyDefinitionForm base={FORM_BASE} onStart={setStarted} />
        <output data-testid="preview-started">{started ? JSON.stringify(started) : ''}</output>
      </main>
    );
  const { study, runs } =
    window.__studyPreview ?? (FIXTURES[kind as keyof typeof FIXTURES] ?? sweepFixture)();
  return (
    <main className="card">
      <h3>{study.name}</h3>
      <StudyResults study={study} runs={runs} onOpenConfig={setOpened} />
      <output data-testid="preview-opened">{opened ? JSON.stringify(opened) : ''}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <Preview />
    </LocaleProvider>
  </StrictMode>,
);
