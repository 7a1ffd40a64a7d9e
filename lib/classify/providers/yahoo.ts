import { defineProvider, each } from './types';

// Yahoo / AOL / Verizon Media. Facts: Yahoo Sender Hub error codes and observed tokens (codes.json
// "yahoo"). TSS04-style deferrals blame the sender's traffic (volume, complaints), not the client's
// IP listing, so they are "rejected"; TSS09/TSS11 and BL2x refuse the IP outright.
export const yahoo = defineProvider({
  id: 'yahoo',
  hosts: ['yahoodns.net', 'yahoo.com', 'yahoo.co.jp', 'aol.com', 'yahoo.net', 'verizon.net'],
  markers: [
    '[tss0',
    '[tss1',
    '[ts0',
    'postmaster.verizonmedia.com',
    'postmaster.yahooinc.com',
    'senders.yahooinc.com',
    'yahoo-help',
    'mail.yahoo.',
  ],
  rules: [
    // "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints"
    ...each(
      'rejected',
      '[tss04]',
      '[ts01]',
      '[ts02]',
      'temporarily deferred due to unexpected volume',
      'temporarily deferred - 4.16.',
      '[4.16.5',
    ),
    // "553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred"
    ...each(
      'blocked',
      '[tss09]',
      '[tss11]',
      '[ts03]',
      'permanently deferred',
      'retrying will not succeed',
      '[bl21]',
      '[bl23]',
    ),
    // "554 5.7.9 Message not accepted for policy reasons"; "554 Message not allowed - [PH01] Email not accepted for policy reasons"
    ...each('policyviolation', 'not accepted for policy reasons', '[ph01]'),
    // "550 5.7.9 Yahoo requires all senders to authenticate with either SPF or DKIM"
    ...each('authfailure', 'authenticate with either spf or dkim', 'dmarc'),
    // "554 delivery error: dd This user doesn't have a yahoo.com account"; "552 1 Requested mail action aborted, mailbox not found"
    ...each('userunknown', "this user doesn't have a", 'mailbox not found'),
    // "554 delivery error: dd … is no longer valid"; "554 30 Sorry, your message … This mailbox is disabled (554.30)"
    ...each('suspend', 'is no longer valid', 'mailbox is disabled', 'account has been disabled'),
    ...each('speeding', 'receiving mail too quickly'),
    ...each('toomanyconn', 'max message per connection'),
    ...each('rejected', 'unresolvable rfc.5321', 'unresolvable rfc.5322'),
    ...each('norelaying', 'relaying denied'),
    ...each('notcompliantrfc', 'headers are not rfc compliant'),
  ],
});
