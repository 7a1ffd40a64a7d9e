import { describe, expect, it, vi } from 'vitest';
import { analyzeRaw } from '../../../lib/analyze';

vi.mock('../../../lib/classify', () => ({
  classifyReason: () => {
    throw new Error('classifier bug');
  },
}));

const bounce =
  'From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; x@example.net\nAction: failed\nStatus: 5.1.1\n--b--\n';

describe('a stage that throws', () => {
  it('does not take the analysis down and is reported through onError', async () => {
    const errors: string[] = [];
    const [a] = await analyzeRaw(bounce, {
      onError: (stage, err) => errors.push(`${stage}: ${(err as Error).message}`),
    });
    expect(a?.bounce).toBe(true);
    // The classifier's fallback "undefined" gives way to the reason of the cause the 5.1.1 proved
    // (lib/analyze.ts reasonForCause, QA P1-6), so the analysis still names the failure.
    expect(a?.recipients[0]).toMatchObject({ address: 'x@example.net', status: '5.1.1', reason: 'userunknown' });
    expect(errors).toEqual(['classify: classifier bug']);
  });
});
