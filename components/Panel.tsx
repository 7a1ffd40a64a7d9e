import { Fragment } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { PANEL_TEXT as T } from '../lib/causes/panel-text';
import type { ClientId, Explanation, FixGroup, LinkRef, RecipientDiagnosis } from '../lib/types';
import { RelayCheck } from './RelayCheck';
import type { BounceReport } from './report-model';

export interface PanelProps {
  report: BounceReport;
  /** Whose fix steps are shown first: the user's setting, else the webmail the bounce is read in. */
  preferredClient?: ClientId | null;
  theme?: 'light' | 'dark';
  /** Omitted where the panel cannot be closed (e.g. embedded in the popup). */
  onClose?: () => void;
  /** Puts the admin summary on the clipboard; resolves false when the browser refused. */
  copyText?: (text: string) => Promise<boolean>;
  /** Moves focus to the headline on mount, for a panel that opens over a page. */
  autoFocus?: boolean;
  /**
   * Id of a heading that says which message this panel explains (the popup, with several bounces
   * from one file); it goes first in the panel's accessible name, so same-cause panels differ.
   */
  messageHeadingId?: string;
}

interface CauseGroup {
  explanation: Explanation;
  recipients: { diag: RecipientDiagnosis; explanation: Explanation }[];
}

/** Recipients that share a cause are explained once, in the order the bounce lists them. */
function groupByCause(report: BounceReport): CauseGroup[] {
  const groups = new Map<string, CauseGroup>();
  const order = [report.primary, ...report.analysis.recipients.keys()].filter((i, n, all) => all.indexOf(i) === n);
  for (const i of order) {
    const diag = report.analysis.recipients[i];
    const explanation = report.explanations[i];
    if (!diag || !explanation) continue;
    const group = groups.get(explanation.cause);
    if (group) group.recipients.push({ diag, explanation });
    else groups.set(explanation.cause, { explanation, recipients: [{ diag, explanation }] });
  }
  return [...groups.values()];
}

/** Links come from lib/causes' allow-list; anything that is not plain https is not rendered. */
function safeHref(link: LinkRef): string | null {
  try {
    const url = new URL(link.url);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function technicalText(report: BounceReport): string {
  const lines: string[] = [];
  const a = report.analysis;
  const L = T.technical;
  if (a.format) lines.push(`${L.format}: ${a.format}`);
  if (a.reportingHost) lines.push(`${L.reportedBy}: ${a.reportingHost}`);
  for (const r of a.recipients) {
    lines.push('');
    lines.push(`${L.recipient}: ${r.address ?? L.notShown}`);
    if (r.action) lines.push(`${L.action}: ${r.action}`);
    if (r.status) lines.push(`${L.status}: ${r.status}`);
    if (r.replyCode) lines.push(`${L.replyCode}: ${r.replyCode}`);
    if (r.remoteHost) lines.push(`${L.remoteServer}: ${r.remoteHost}`);
    if (r.command) lines.push(`${L.command}: ${r.command}`);
    lines.push(`${L.reason}: ${r.reason} (${r.cause})`);
    if (r.diagnostic) lines.push(`${L.diagnostic}: ${r.diagnostic}`);
  }
  return lines.join('\n').trim();
}

async function defaultCopy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function Fixes({
  fixes,
  preferredClient,
  idBase,
}: {
  fixes: FixGroup[];
  preferredClient: ClientId | null;
  idBase: string;
}) {
  const initial = Math.max(
    0,
    fixes.findIndex((f) => f.client === preferredClient),
  );
  const [chosen, setChosen] = useState(initial);
  const group = fixes[chosen] ?? fixes[0];
  if (!group) return null;
  const selectId = `${idBase}-client`;
  return (
    <div class="bl-fixes">
      {fixes.length > 1 && (
        <div class="bl-chooser">
          <label for={selectId}>{T.stepsFor}</label>
          <select id={selectId} value={String(chosen)} onChange={(e) => setChosen(Number(e.currentTarget.value))}>
            {fixes.map((f, i) => (
              <option key={`${f.client}-${f.audience}`} value={String(i)}>
                {f.audience === 'admin' ? `${f.label}${T.adminSuffix}` : f.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {fixes.length === 1 && <h4>{group.audience === 'admin' ? `${group.label}${T.adminSuffix}` : group.label}</h4>}
      <ol class="bl-steps" data-client={group.client}>
        {group.steps.map((step, i) => {
          const href = step.link ? safeHref(step.link) : null;
          return (
            <li key={i}>
              {step.text}
              {step.link && href && (
                <>
                  {' '}
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {step.link.label}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function Panel({
  report,
  preferredClient = null,
  theme = 'light',
  onClose,
  copyText,
  autoFocus,
  messageHeadingId,
}: PanelProps) {
  const idBase = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const groups = groupByCause(report);
  const first = groups[0];

  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);

  if (!first) return null;
  const headingId = `${idBase}-title`;

  const copy = async () => {
    const ok = await (copyText ?? defaultCopy)(report.adminText);
    setCopyState(ok ? 'copied' : 'failed');
  };

  return (
    <section
      class={`bl bl-panel${theme === 'dark' ? ' bl-dark' : ''}`}
      data-bounce-lens="panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={messageHeadingId ? `${messageHeadingId} ${headingId}` : headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onClose) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div class="bl-panel-head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {first.explanation.title}
        </h2>
        {onClose && (
          <button type="button" class="bl-close" aria-label={T.close} onClick={onClose}>
            ×
          </button>
        )}
      </div>

      {groups.map((group, gi) => {
        const exp = group.explanation;
        return (
          <div class="bl-cause" key={exp.cause} data-cause={exp.cause}>
            {gi > 0 && <h3>{exp.title}</h3>}
            <p class="bl-summary">{exp.summary}</p>
            <p class={`bl-who${exp.temporary ? ' bl-temporary' : ''}`}>
              <strong>{T.whoActs}</strong>
              {exp.whoActsLabel}
              {exp.temporary && exp.whoActs !== 'nobody' && T.temporarySuffix}
            </p>

            <h3>{group.recipients.length === 1 ? T.recipient : T.recipients}</h3>
            <ul class="bl-recipients">
              {group.recipients.map(({ diag, explanation }, ri) => (
                <li class="bl-recipient" key={ri}>
                  <span class="bl-address">{diag.address ?? T.recipientNotShown}</span>
                  {explanation.codes.length > 0 && (
                    <dl class="bl-codes">
                      {explanation.codes.map((c) => (
                        <Fragment key={c.code}>
                          <dt>{c.code}</dt>
                          <dd>{c.meaning}</dd>
                        </Fragment>
                      ))}
                    </dl>
                  )}
                </li>
              ))}
            </ul>

            {exp.fixes.length > 0 && (
              <>
                <h3>{T.howToFix}</h3>
                <Fixes fixes={exp.fixes} preferredClient={preferredClient} idBase={`${idBase}-${gi}`} />
              </>
            )}
            {exp.relayCheck && <RelayCheck idBase={`${idBase}-${gi}-relay`} />}
          </div>
        );
      })}

      <details class="bl-details">
        <summary>{T.technicalDetails}</summary>
        <pre>{technicalText(report)}</pre>
      </details>

      <div class="bl-actions">
        <button type="button" class="bl-button" onClick={copy}>
          {T.copyForAdmin}
        </button>
        <span class="bl-status" role="status">
          {copyState === 'copied' ? T.copied : copyState === 'failed' ? T.copyFailed : ''}
        </span>
      </div>
      <p class="bl-foot">{T.privacyFoot}</p>
    </section>
  );
}
