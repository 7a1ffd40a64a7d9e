import { describe, expect, it } from 'vitest';
import { classify } from './helpers';

describe('provider rules', () => {
  // The same enhanced code carries different meanings at different receivers.
  it('reads Google 550 5.7.1 by its text', () => {
    const g = (text: string) => classify(`550-5.7.1 ${text} - gsmtp`, { status: '5.7.1', replyCode: '550' });
    expect(g('[192.0.2.1] Our system has detected that this message is likely unsolicited mail.')).toBe('spamdetected');
    expect(g('Messages with multiple addresses in From: header are not accepted.')).toBe('notcompliantrfc');
    expect(g("Unauthenticated email from example.com is not accepted due to domain's DMARC policy.")).toBe(
      'authfailure',
    );
    expect(g('likely suspicious due to the very low reputation of the sending domain.')).toBe('badreputation');
  });

  it('reads Microsoft 5.7.x anti-spam codes by number', () => {
    const m = (status: string, text: string) =>
      classify(`550 ${status} ${text}`, {
        status,
        replyCode: '550',
        remoteHost: 'example-com.mail.protection.outlook.com',
      });
    expect(m('5.7.606', 'Access denied, banned sending IP [192.0.2.1].')).toBe('blocked');
    expect(m('5.7.509', 'Access denied, sending domain [EXAMPLE.JP] does not pass DMARC verification')).toBe(
      'authfailure',
    );
    expect(m('5.7.520', 'Access denied, Your organization does not allow external forwarding.')).toBe(
      'policyviolation',
    );
    expect(m('5.7.708', 'Access denied, traffic not accepted from this IP.')).toBe('blocked');
  });

  it('keeps the RFC meaning of a code a Microsoft NDR relays from another server', () => {
    // Microsoft's own 5.7.13 ("sender was not authenticated for public folder") needs its text.
    const ndr = { reportingHost: 'x.prod.outlook.com' };
    expect(classify('525 5.7.13 Disabled recipient address', { status: '5.7.13' }, ndr)).toBe('suspend');
    expect(classify('550 5.7.13 Sender was not authenticated for public folder', { status: '5.7.13' }, ndr)).toBe(
      'rejected',
    );
  });

  it("gives 5.4.1 Microsoft's meaning only at Microsoft", () => {
    const text =
      '550 5.4.1 <kijitora@example.br>: Recipient address rejected: Access denied [BL2NAM02FT061.eop-nam02.prod.protection.outlook.com]';
    expect(classify(text, { status: '5.4.1' })).toBe('userunknown');
    // Any other 5.4.1 wording at Microsoft is still a refusal, not a network problem.
    const dbeb = '550 5.4.1 All recipient addresses rejected : Access denied [X.prod.protection.outlook.com]';
    expect(classify(dbeb, { status: '5.4.1' })).toBe('rejected');
    // Elsewhere RFC 3463 5.4.1 is "no answer from host".
    expect(classify('550 5.4.1 No answer from host', { status: '5.4.1' })).toBe('networkerror');
  });

  it('reads Yahoo TSS04 as a traffic deferral and TSS09 as an IP block', () => {
    const y = (text: string, status: string) => classify(text, { status, remoteHost: 'mta5.am0.yahoodns.net' });
    expect(
      y(
        '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
        '4.7.0',
      ),
    ).toBe('rejected');
    expect(y('553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred', '5.7.2')).toBe('blocked');
    expect(y('554 5.7.9 Message not accepted for policy reasons.', '5.7.9')).toBe('policyviolation');
  });

  it('reads Orange and La Poste tokens', () => {
    expect(
      classify('421 4.2.0 Service refuse. Veuillez essayer plus tard. OFR005_505 [505]', { status: '4.2.0' }),
    ).toBe('systemerror');
    expect(classify('550 5.5.0 Service refuse. Veuillez essayer plus tard. LPN001_108', { status: '5.5.0' })).toBe(
      'blocked',
    );
    expect(classify('550 5.5.0 Le compte du destinataire est bloque. LPN007_426', { status: '5.5.0' })).toBe('suspend');
  });

  it('reads a frequency limit at Tencent as too many connections even though it names a blocked IP', () => {
    const text = '550 Ip frequency limited [Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help?subtype=1';
    expect(classify(text)).toBe('toomanyconn');
    // The same "Blocked IP" wording without the frequency limit is a block.
    expect(classify('550 Blocked IP 192.0.2.22 blacklisted')).toBe('blocked');
  });

  it('reads "550 Unknown user" as a refused sender at NTT DOCOMO and as an unknown user elsewhere', () => {
    expect(classify('550 Unknown user kijitora@docomo.ne.jp', { remoteHost: 'mfsmax.docomo.ne.jp' })).toBe('rejected');
    expect(classify('550 Unknown user kijitora@example.jp', { remoteHost: 'mx.example.jp' })).toBe('userunknown');
  });

  it('reads au\'s address-less "User unknown" as the reception filter', () => {
    expect(classify('550 : User unknown', { remoteHost: 'lsean.ezweb.ne.jp' })).toBe('filtered');
    expect(classify('550 <neko@ezweb.ne.jp>: User unknown', { remoteHost: 'lsean.ezweb.ne.jp' })).toBe('userunknown');
  });

  it('reads GoDaddy, Cox, Spectrum and Mimecast tokens', () => {
    expect(
      classify('550 5.1.1 <x@example.com> - 203.0.113.222 has sent to too many recipients this hour. IB607', {
        status: '5.1.1',
      }),
    ).toBe('speeding');
    expect(classify('554 IPBL1001 ip blocked', { remoteHost: 'mx.east.cox.net' })).toBe('blocked');
    expect(classify('554 5.7.1 AUP#I1260 IPv6 connections not accepted', { remoteHost: 'mx.charter.net' })).toBe(
      'blocked',
    );
    expect(classify('554 5.7.1 AUP#I1530 message too big', { remoteHost: 'mx.charter.net' })).toBe('mesgtoobig');
    expect(
      classify('554 email rejected due to security policies - MCSpamSignature.sa.2.2', {
        remoteHost: 'eu-smtp-inbound-1.mimecast.com',
      }),
    ).toBe('virusdetected');
    expect(classify('554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554')).toBe(
      'policyviolation',
    );
  });

  it('claims a host by domain, not by a substring of another domain', () => {
    const text = '421 4.7.1 Messages to kijitora@example.com deferred due to excessive volume.';
    expect(classify(text, { remoteHost: 'mx01.mail.icloud.com' })).toBe('speeding');
    expect(classify(text, { remoteHost: 'mx01.mail.me.com (17.57.154.6)' })).toBe('speeding');
    // "acme.com" ends in "me.com" but is not Apple's.
    expect(classify(text, { remoteHost: 'mx.acme.com' })).not.toBe('speeding');
  });

  it('reads Apple and Zoho texts', () => {
    expect(
      classify(
        "554 5.7.1 Your message was rejected due to example.org's DMARC policy. See https://support.apple.com/en-us/HT204137",
      ),
    ).toBe('authfailure');
    expect(
      classify('550 5.1.1 <x@icloud.com>: inactive email address', {
        status: '5.1.1',
        remoteHost: 'mx01.mail.icloud.com',
      }),
    ).toBe('suspend');
    expect(
      classify('554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.', { remoteHost: 'mx.zoho.com' }),
    ).toBe('rejected');
  });
});
