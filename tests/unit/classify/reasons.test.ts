import { describe, expect, it } from 'vitest';
import { PHRASE_ORDER } from '../../../lib/classify/reasons';
import type { Reason } from '../../../lib/types';
import { classify } from './helpers';

// Diagnostic lines as mail servers print them (addresses and hosts replaced by example ones), each
// with the reason a reader of the bounce would give. Status codes are left out where the text alone
// must decide.
const CASES: Record<string, readonly (readonly [Reason, string])[]> = {
  english: [
    ['userunknown', '550 5.1.1 <kijitora@example.jp>... User Unknown'],
    [
      'userunknown',
      '550 5.1.1 <neko@example.co.jp>: Recipient address rejected: User unknown in virtual mailbox table',
    ],
    ['userunknown', 'Sorry, no mailbox here by that name. (#5.1.1)'],
    [
      'userunknown',
      '550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking',
    ],
    ['userunknown', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'],
    ['mailboxfull', '552 5.2.2 <neko@example.org> Quota exceeded (mailbox for user is full)'],
    ['mailboxfull', '550 5.2.2 STOREDRV.Deliver: mailbox full.'],
    ['mailboxfull', "452-4.2.2 The recipient's inbox is out of storage space."],
    ['suspend', '550 Mailbox is frozen. See http://mail.example.net/err/3/'],
    [
      'suspend',
      '554 delivery error: dd Sorry your message cannot be delivered. This account has been disabled or discontinued [#102].',
    ],
    ['hasmoved', '550 5.1.6 recipient no longer on server: kijitora@example.jp'],
    ['hostunknown', 'Host or domain name not found. Name service error for name=example.jp type=A: Host not found'],
    ['hostunknown', "Sorry, I couldn't find any host named example.jp. (#5.1.2)"],
    ['networkerror', 'connect to example.com[192.0.2.2]:25: No route to host'],
    ['networkerror', 'Maximum hop count exceeded. Message probably in a routing loop.'],
    ['expired', 'connect to example.org[192.0.2.1]:25: Connection timed out'],
    ['expired', 'retry timeout exceeded'],
    ['expired', "I'm not going to try again; this message has been in the queue too long."],
    ['blocked', '554 5.7.1 <a.example.com[203.0.113.22]>: Client host rejected: blocked using zen.spamhaus.org'],
    ['blocked', '554 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.225'],
    ['rejected', '501 5.1.8 Sender address rejected: Domain not found'],
    ['rejected', '553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)'],
    ['norelaying', '554 5.7.1 <kijitora@example.org>: Relay access denied'],
    ['norelaying', "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"],
    ['spamdetected', '550 5.7.1 Message content rejected, UBE, id=00000-22-225'],
    ['spamdetected', '554 5.6.0 This message has been scored as spam with a probability of more than 90%'],
    ['virusdetected', '554 5.7.0 Reject, id=12345 - INFECTED: Eicar-Test-Signature'],
    ['virusdetected', '550 5.7.1 Virus found in message: Win.Test.EICAR_HDB-1'],
    ['spamdetected', 'was blocked by our Spam & Virus Firewall. The email you sent has NOT BEEN DELIVERED'],
    [
      'expired',
      'Unable to deliver message, due to being unable to connect successfully to the destination mail server.',
    ],
    ['policyviolation', '554 5.7.9 Message not accepted for policy reasons.'],
    ['policyviolation', '550 Protocol violation'],
    ['authfailure', '550 5.7.1 Email rejected per DMARC policy for example.org'],
    ['authfailure', '550 5.7.23 The message was rejected because of Sender Policy Framework violation'],
    [
      'requireptr',
      '550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS for 203.0.113.22',
    ],
    ['requireptr', '450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]'],
    // Exim relaying a forward-confirmed DNS check at MAIL FROM (a delay notice).
    ['requireptr', '450 service permits 2 unverifyable sending IPs - mx.example.com is not 192.0.2.1'],
    ['securityerror', '550 Unauthenticated senders not allowed'],
    ['securityerror', '535 5.7.8 Username and Password not accepted.'],
    ['mesgtoobig', '552 5.3.4 Message size exceeds fixed limit'],
    ['exceedlimit', '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient'],
    ['systemfull', '452 4.4.5 Insufficient disk space; try again later'],
    ['toomanyconn', '421 4.7.0 Too many concurrent SMTP connections from this IP address'],
    [
      'speeding',
      '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages',
    ],
    ['contenterror', '550 5.6.9 improper use of 8-bit data in message header'],
    ['notcompliantrfc', "554 Transaction failed: Duplicate header 'DKIM-Signature'."],
    ['failedstarttls', 'TLS is required, but was not offered by host mx.example.org[192.0.2.1]'],
    ['notaccept', '550 Host does not accept mail'],
    ['notaccept', "The domain example.org doesn't receive email according to the administrator: returned Null MX"],
    ['mailererror', 'x-unix; procmail: Couldn\'t create "/var/spool/mail/neko"'],
    ['systemerror', '550 5.3.5 <kuroneko@example.org>... Internal System Error'],
    ['syntaxerror', '503 Improper sequence of commands'],
    // Webmail headlines (visible-text mode)
    [
      'userunknown',
      "Your message to kijitora@example.com couldn't be delivered. kijitora wasn't found at example.com.",
    ],
    ['mesgtoobig', "Your message wasn't delivered to anyone because it's too large."],
    [
      'expired',
      "Your message couldn't be delivered. Despite repeated attempts to contact the recipient's email system it didn't respond.",
    ],
    ['rejected', "Your message couldn't be delivered because you weren't recognized as a valid sender."],
    ['securityerror', "Your message can't be delivered because delivery to this address is restricted."],
    [
      'authfailure',
      "example.org couldn't confirm that your message was sent from a trusted location. SPF validation error",
    ],
    ['rejected', "You're sending this from a different address or alias using the 'Send mail as' feature."],
    ['expired', 'There was a temporary problem delivering your message to kijitora@example.com.'],
    [
      'hostunknown',
      "Address not found. Your message wasn't delivered to x@example.cmo because the domain example.cmo couldn't be found.",
    ],
    [
      'userunknown',
      "Address not found. Your message wasn't delivered to x@example.com because the address couldn't be found.",
    ],
  ],
  'english, more': [
    ['hasmoved', '551 User not local; please try <kijitora@example.net>'],
    ['hasmoved', '550 5.1.6 Destination mailbox has moved, no forwarding address'],
    ['notcompliantrfc', '550-5.7.1 Messages with multiple addresses in From: header are not accepted.'],
    ['notcompliantrfc', '554 5.7.1 Message headers are not RFC compliant'],
    ['failedstarttls', '530 5.7.0 Must issue a STARTTLS command first.'],
    ['failedstarttls', '500 Remote server does not support TLS (state 6).'],
    ['systemfull', '452 4.3.1 Insufficient system storage'],
    ['systemfull', 'write error: No space left on device'],
    ['toomanyconn', '421 Too many connections from your host, please try again later'],
    ['toomanyconn', '421 Max message per connection reached, closing transmission channel'],
    ['speeding', 'Domain example.com has exceeded the max emails per hour (200/200 (100%)) allowed.'],
    ['speeding', '450 4.7.1 Rate limit exceeded, slow down'],
    ['contenterror', '554 5.6.0 Mail message is malformed. Not accepted.'],
    ['contenterror', '554 5.6.1 Stray linefeeds in message'],
    ['mailererror', 'Command died with status 75: "/usr/bin/procmail -a example". Command output: lockfile error'],
    ['mailererror', '451 4.0.0 Operating system error'],
    ['systemerror', '451 Could not load DRD for domain (example.com)'],
    ['systemerror', '554 Transaction failed'],
    ['syntaxerror', '501 5.5.2 Syntax error in parameters or arguments'],
    ['syntaxerror', '502 5.5.1 Unrecognized command'],
    ['exceedlimit', '552 5.2.3 Message length exceeds administrative limit'],
    ['exceedlimit', '452 4.5.3 Your message has too many recipients'],
    ['badreputation', '550 Rejected: the sending IP has a poor reputation score'],
    ['badreputation', '554 Your access to this mail system has been rejected due to the sending IP reputation'],
    ['securityerror', '530 5.7.0 Authentication required'],
    ['securityerror', '550 5.7.1 Delivery not authorized, message refused'],
    ['virusdetected', '554 5.7.1 Message contains a virus (Trojan.Generic)'],
    ['policyviolation', '550 5.7.1 Blocked attachment: executable files are not allowed'],
    ['notaccept', '556 5.1.10 Recipient address has null MX'],
    ['requireptr', '550 5.7.25 The IP address sending this message does not have a PTR record setup'],
    ['authfailure', '550 5.7.1 Message rejected: SPF check failed for example.org'],
    ['norelaying', '550 5.7.1 Unable to relay for kijitora@example.net'],
    ['rejected', '550 5.7.1 Sender verify failed'],
    ['blocked', '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using dnsbl.example.net'],
    ['filtered', '550 5.7.1 Message rejected by content filter'],
    ['hostunknown', '550 Unrouteable address'],
    ['networkerror', 'lost connection with mx.example.org[192.0.2.1] while sending RCPT TO'],
    ['expired', 'all hosts for example.org have been failing for a long time (and retry time not reached)'],
  ],
  german: [
    ['userunknown', '550 Benutzer unbekannt'],
    ['userunknown', '550 Empfänger unbekannt: kijitora@example.de'],
    ['mailboxfull', '552 Postfach voll'],
    ['suspend', '550 Postfach gesperrt'],
    ['mesgtoobig', '552 Nachricht zu groß'],
  ],
  french: [
    ['userunknown', '550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416'],
    ['userunknown', '550 Utilisateur inconnu'],
    ['mailboxfull', '552 Boîte aux lettres pleine'],
    ['suspend', '550 Le compte du destinataire est bloqué'],
    ['spamdetected', '550 Message considéré comme spam'],
  ],
  spanish: [
    ['userunknown', '550 Usuario desconocido'],
    ['mailboxfull', '552 Buzón lleno'],
    ['suspend', '550 Cuenta suspendida'],
    ['spamdetected', '550 Mensaje rechazado como spam'],
  ],
  italian: [
    ['userunknown', '550 Utente sconosciuto'],
    ['mailboxfull', '552 Casella piena'],
    ['suspend', '550 Account sospeso'],
  ],
  portuguese: [
    ['userunknown', '550 Usuário desconhecido'],
    ['mailboxfull', '552 Caixa postal cheia'],
    ['suspend', '550 Conta desativada'],
  ],
  dutch: [
    ['userunknown', '550 Onbekende gebruiker'],
    ['mailboxfull', '552 Mailbox vol'],
    ['suspend', '550 Account geblokkeerd'],
  ],
  russian: [
    ['userunknown', '550 Пользователь не найден'],
    ['mailboxfull', '552 Почтовый ящик переполнен'],
    ['suspend', '550 Почтовый ящик заблокирован'],
    ['spamdetected', '550 Сообщение похоже на спам'],
  ],
  japanese: [
    ['userunknown', '550 宛先のユーザーは存在しません'],
    ['mailboxfull', '552 メールボックスがいっぱいです'],
    ['filtered', '550 受信拒否されました'],
    ['spamdetected', '550 迷惑メールと判定されました'],
  ],
};

describe('reason phrases', () => {
  for (const [language, cases] of Object.entries(CASES)) {
    describe(language, () => {
      it.each(cases)('%s ← %s', (reason, line) => {
        expect(classify(line)).toBe(reason);
      });
    });
  }

  it('covers every phrase reason with at least two lines', () => {
    const count = new Map<string, number>();
    for (const cases of Object.values(CASES)) for (const [r] of cases) count.set(r, (count.get(r) ?? 0) + 1);
    for (const [reason] of PHRASE_ORDER) expect(count.get(reason) ?? 0, reason).toBeGreaterThanOrEqual(2);
  });

  it('ignores case, folded lines and typographic apostrophes', () => {
    expect(classify('550-5.1.1 THE EMAIL ACCOUNT THAT YOU TRIED TO REACH\n  DOES NOT EXIST.')).toBe('userunknown');
    expect(classify('553 5.1.2 We weren\u2019t able to find the recipient domain.')).toBe('hostunknown');
  });

  it('joins phrases split by the repeated code of a multi-line reply', () => {
    expect(
      classify(
        '550-5.7.1 Our system has detected that this message is 550-5.7.1 likely suspicious due to the very low reputation of the sending IP 550-5.7.1 address.',
      ),
    ).toBe('badreputation');
  });
});
