/**
 * The engine's notices (src/protocol/notices.ts) and the timeline's incidents in a language:
 * the engine sends ids and values, the page words them here with the catalogue of its
 * language, numbers written the language's way.
 */
import { DEFAULT_LOCALE, type Locale } from '../config/locale';
import { storedDataText } from '../data/own-data';
import type { EngineNotice, NoticeOf } from '../protocol/notices';
import type { TimelineEvent } from '../protocol/timeline';
import { fieldLabel, issueText, texts } from './index';
import { fillText } from './fill';
import { textNumbers } from './numbers';
import type { NoticeHelp } from './en/notices';

/** What the words of a notice may use in a language (see {@link NoticeHelp}). */
export function noticeHelp(locale: Locale = DEFAULT_LOCALE): NoticeHelp {
  const c = texts(locale);
  const n = textNumbers(locale);
  return {
    n,
    say: (inner) => noticeText(inner, locale),
    field: (key, issue) => ({
      label: fieldLabel(key, locale),
      text: issueText(key, issue, locale, n.value),
    }),
    problem: (p) =>
      fillText(c.checkpoint.refused, { reason: fillText(c.checkpoint.problems[p.id], p.values) }),
    storedData: (dataId, problem) => storedDataText(dataId, problem, locale),
    exampleInstead: c.dataChecks.exampleInstead,
  };
}

/**
 * A notice in a language. A notice of an id this page does not know (from a file written by
 * a later version) is named by its id.
 */
export function noticeText(notice: EngineNotice, locale: Locale = DEFAULT_LOCALE): string {
  const say = texts(locale).notices.say[notice.id] as
    ((n: NoticeOf<typeof notice.id>, h: NoticeHelp) => string) | undefined;
  return say ? say(notice, noticeHelp(locale)) : String(notice.id);
}

/**
 * A timeline incident in a language: what was detected, whether and from where the run
 * resumed, and the later fault that cut its recovery short. An incident recorded before
 * incidents were data has only its English `message`, shown as it is.
 */
export function incidentText(
  incident: TimelineEvent & { kind: 'incident' },
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (!incident.cause) return incident.message ?? '';
  const c = texts(locale);
  const outcome =
    incident.resumedFrom === null
      ? c.notices.notResumed
      : fillText(c.notices.resumedFrom, { step: incident.resumedFrom });
  const cut = incident.cutShortBy
    ? ` ${fillText(c.timeline.cutShortBy, { fault: c.timeline.incidents[incident.cutShortBy] })}`
    : '';
  return `${noticeText(incident.cause, locale)} ${outcome}${cut}`;
}
