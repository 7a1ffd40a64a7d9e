import { useEffect, useState } from 'preact/hooks';
import { Panel } from '../../components/Panel';
import { buildReport, hookAttributes } from '../../components/report';
import type { MessageAnalysis } from '../../lib/types';
import type { Settings } from '../../platform/settings';

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

export function Results({
  analyses,
  skipped,
  settings,
}: {
  analyses: MessageAnalysis[];
  skipped: number;
  settings: Settings;
}) {
  const theme = useResolvedTheme(settings.theme);
  // Not read in a webmail: no webmail-specific links or defaults.
  const reports = analyses.flatMap((analysis) => buildReport(analysis, { webmail: null }) ?? []);
  const shown = reports.slice(0, MAX_PANELS);
  return (
    <>
      {reports.length > 1 || skipped > 0 ? (
        <p class="hint">
          {reports.length === 1 ? '1 bounce' : `${reports.length} bounces`}
          {skipped > 0 ? ` (and ${skipped} other ${skipped === 1 ? 'message' : 'messages'} that are not bounces)` : ''}
          {shown.length < reports.length ? `; the first ${shown.length} are explained here` : ''}
        </p>
      ) : null}
      {shown.map((report, i) => (
        <div class="report" data-bounce-lens="result" key={i} {...hookAttributes(report)}>
          <Panel report={report} preferredClient={settings.client} theme={theme} />
        </div>
      ))}
    </>
  );
}
