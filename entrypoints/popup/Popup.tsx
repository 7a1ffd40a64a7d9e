import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../../platform/settings';
import { Results } from './Results';
import { analyseFile, analysePasted, type InputResult } from './read-input';

const inTab = new URLSearchParams(location.search).has('tab');

type State = { kind: 'empty' } | { kind: 'working' } | { kind: 'done'; result: InputResult; fileName: string | null };

const NOT_BOUNCE: Record<string, string> = {
  'auto-reply':
    'This is an automatic reply (for example an out-of-office message), not a bounce: your message was delivered.',
  'delivery-report': 'This is a delivery report saying your message was delivered or passed on. Nothing failed.',
  feedback: 'This is a spam-complaint (feedback) report from a mail provider, not a bounce.',
  'not-bounce':
    'This does not look like a bounce or a mail error. Paste the bounce, or just the server’s reply (such as “550 5.1.1 User unknown”), or open the bounce as an .eml file.',
};

function announcement(result: InputResult): string {
  if (result.kind === 'bounces') {
    const count = result.analyses.length;
    return count === 1 ? 'Bounce explained below.' : `${count} bounces explained below.`;
  }
  // Unreadable input is announced by its own alert.
  return result.kind === 'not-bounce' ? notBounceText(result.messageKind) : '';
}

function notBounceText(kind: string): string {
  return NOT_BOUNCE[kind] ?? NOT_BOUNCE['not-bounce'] ?? '';
}

export function Popup({ settings }: { settings: Settings }) {
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'empty' });
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const run = useRef(0);

  const show = async (work: Promise<InputResult>, fileName: string | null = null) => {
    const id = ++run.current;
    setState({ kind: 'working' });
    let result: InputResult;
    try {
      result = await work;
    } catch {
      result = { kind: 'unreadable', message: 'Bounce Lens could not read this input.' };
    }
    // A slower earlier input must not replace the answer to a later one.
    if (id === run.current) setState({ kind: 'done', result, fileName });
  };

  const analyseText = (value: string) => {
    if (value.trim() === '') {
      run.current++;
      setState({ kind: 'empty' });
      return;
    }
    void show(analysePasted(value));
  };

  const openFile = (file: File | undefined) => {
    if (!file) return;
    setText('');
    void show(analyseFile(file), file.name);
  };

  return (
    <main
      class={`page popup${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.relatedTarget === null) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer?.files[0];
        if (file) return openFile(file);
        const dropped = event.dataTransfer?.getData('text/plain') ?? '';
        setText(dropped);
        analyseText(dropped);
      }}
    >
      <header class="bar">
        <h1>Bounce Lens</h1>
        <nav aria-label="Bounce Lens pages">
          {inTab ? null : (
            // Some browsers close the popup while a file dialog is open; a tab stays.
            <a href="popup.html?tab" target="_blank" rel="noopener">
              Open in a tab
            </a>
          )}
          <a href="options.html" target="_blank" rel="noopener">
            Settings
          </a>
        </nav>
      </header>

      <form
        class="input"
        onSubmit={(event) => {
          event.preventDefault();
          analyseText(text);
        }}
      >
        <label for="bounce-text">Paste a bounce or an error message</label>
        <textarea
          id="bounce-text"
          rows={6}
          spellcheck={false}
          autocomplete="off"
          placeholder="For example: The message could not be sent because one of the recipients was rejected by the server … Server Error: 550, Error Number: 0x800CCC79"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          onPaste={(event) => {
            const pasted = event.clipboardData?.getData('text/plain');
            if (pasted === undefined) return;
            // Let the paste land first, then explain what the field now holds.
            const field = event.currentTarget;
            setTimeout(() => analyseText(field.value), 0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              analyseText(event.currentTarget.value);
            }
          }}
        />
        <div class="actions">
          <button type="submit" class="primary">
            Explain
          </button>
          <span class="or">or</span>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open an .eml file…
          </button>
          <input
            ref={fileInput}
            id="bounce-file"
            class="visually-hidden"
            type="file"
            accept=".eml,.mbox,.txt,message/rfc822,text/plain"
            aria-label="Open an .eml file"
            tabIndex={-1}
            onChange={(event) => {
              openFile(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
        </div>
        <p class="hint">You can also drop an .eml file anywhere here.</p>
      </form>

      {/* A short announcement; the panel itself is not a live region, or a screen reader would read it all. */}
      <p class="visually-hidden" role="status">
        {state.kind === 'done' ? announcement(state.result) : ''}
      </p>
      <section class="result" aria-label="Explanation" aria-busy={state.kind === 'working'}>
        {state.kind === 'working' ? <p class="hint">Reading…</p> : null}
        {state.kind === 'done' && state.fileName && state.result.kind === 'not-bounce' ? (
          <p class="hint file-name">From {state.fileName}</p>
        ) : null}
        {state.kind === 'done' && state.result.kind === 'unreadable' ? (
          <p class="message" data-bounce-lens="message" data-kind="unreadable" role="alert">
            {state.result.message}
          </p>
        ) : null}
        {state.kind === 'done' && state.result.kind === 'not-bounce' ? (
          <p class="message" data-bounce-lens="message" data-kind={state.result.messageKind}>
            {notBounceText(state.result.messageKind)}
          </p>
        ) : null}
        {state.kind === 'done' && state.result.kind === 'bounces' ? (
          <Results
            analyses={state.result.analyses}
            skipped={state.result.skipped}
            fileName={state.fileName}
            settings={settings}
          />
        ) : null}
      </section>

      <details class="privacy">
        <summary>How it works · privacy</summary>
        <p>
          Bounce Lens reads the bounce right here, in your browser. What you paste or open is not stored, not uploaded
          and not sent anywhere: the extension makes no network requests at all. It recognises the bounce layouts of
          common mail systems, reads the server’s status codes and reply, and explains them with steps written for the
          mail app you use.
        </p>
      </details>
    </main>
  );
}
