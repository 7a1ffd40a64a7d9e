import { useState } from 'preact/hooks';
import { RELAY_CHECK_TEXT, type RelayCheckInput, relayCheck } from '../lib/causes/relay-check';

type Answers = Partial<RelayCheckInput>;
type Question = keyof RelayCheckInput;

const QUESTIONS: Question[] = ['location', 'server', 'recipientDomain'];

/**
 * The interactive relay check: three questions, then the verdict, the reason and the fixes that
 * apply (lib/causes/relay-check.ts). Radio groups in fieldsets, so it works by keyboard alone.
 */
export function RelayCheck({ idBase }: { idBase: string }) {
  const [answers, setAnswers] = useState<Answers>({});
  const t = RELAY_CHECK_TEXT;
  const complete = answers.location && answers.server && answers.recipientDomain;
  const result = complete ? relayCheck(answers as RelayCheckInput) : null;
  return (
    <section class="bl-relay" aria-labelledby={`${idBase}-h`} data-bounce-lens="relay-check">
      <h3 id={`${idBase}-h`}>{t.heading}</h3>
      {QUESTIONS.map((q) => (
        <fieldset key={q}>
          <legend>{t.questions[q]}</legend>
          {Object.entries(t.options[q]).map(([value, label]) => {
            const id = `${idBase}-${q}-${value}`;
            return (
              <div key={value}>
                <input
                  type="radio"
                  id={id}
                  name={`${idBase}-${q}`}
                  value={value}
                  checked={answers[q] === value}
                  onChange={() => setAnswers((prev) => ({ ...prev, [q]: value }))}
                />{' '}
                <label for={id}>{label}</label>
              </div>
            );
          })}
        </fieldset>
      ))}
      <div role="status">
        {result && (
          <div class="bl-relay-result">
            <p>
              <strong>{result.verdict}</strong>
            </p>
            <p>{result.why}</p>
            <ul>
              {result.fixes.map((f) => (
                <li key={f.id}>{f.text}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
