import { useEffect, useId, useState } from 'preact/hooks';
import { Panel } from '../../components/Panel';
import { type BounceReport, buildReport, hookAttributes } from '../../components/report';
import type { MessageAnalysis } from '../../lib/types';
import type { Settings } from '../../platform/settings';
import { type MessageHeading, messageHeading, resultsLine } from './message-heading';

const DARK = '(prefers-color-scheme: dark)';

// A whole mailbox file can hold hundreds of bounces; the CLI (`bounce-lens scan`) suits those better.
const MAX_PANELS = 25;

/** The panel's two palettes; "auto" follows the system, live. */
function useResolvedTheme(theme: Settings['theme']): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => matchMedia(DARK).matches);
  useEffect(() => {
    const query = matchMedia(DARK);
    const update = () => setSystemDark(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  if (theme === 'auto') return systemDark ? 'dark' : 'light';
  return theme;
}

/** Which message of the file the panel below explains. Header text is untrusted: text nodes only. */
function Heading({ heading, id }: { heading: MessageHeading; id: string }) {
  return (
    <header class="message-head" data-bounce-lens="message-head">
      <h2 id={id}>
        <span class="message-position">{heading.position}</span>
        {heading.subject ? (
          <>
            {': '}
            <bdi>{heading.subject}</bdi>
          </>
        ) : null}
      </h2>
      {heading.fields.length > 0 ? (
        <dl class="message-fields">
          {heading.fields.map(({ label, value }) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </header>
  );
}

function Result({
  report,
  heading,
  settings,
  theme,
}: {
  report: BounceReport;
  heading: MessageHeading | null;
  settings: Settings;
  theme: 'light' | 'dark';
}) {
  const headingId = useId();
  return (
    <div class="report" data-bounce-lens="result" {...hookAttributes(report)}>
      {heading ? <Heading heading={heading} id={headingId} /> : null}
      <Panel
        report={report}
        preferredClient={settings.client}
        theme={theme}
        messageHeadingId={heading ? headingId : undefined}
      />
    </div>
  );
}

export function Results({
  analyses,
  skipped,
  fileName,
  settings,
}: {
  analyses: MessageAnalysis[];
  skipped: number;
  /** The opened or dropped file; null for pasted text. */
  fileName: string | null;
  settings: Settings;
}) {
  const theme = useResolvedTheme(settings.theme);
  // Not read in a webmail: no webmail-specific links or defaults.
  const reports = analyses.flatMap((analysis) => buildReport(analysis, { webmail: null }) ?? []);
  const shown = reports.slice(0, MAX_PANELS);
  const line = resultsLine(fileName, reports.length, skipped, shown.length);
  return (
    <>
      {line ? <p class="hint file-name">{line}</p> : null}
      {shown.map((report, i) => (
        <Result
          key={i}
          report={report}
          heading={messageHeading(report.analysis, i, reports.length)}
          settings={settings}
          theme={theme}
        />
      ))}
    </>
  );
}
