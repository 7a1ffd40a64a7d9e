import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_DOMAIN_MANAGER } from '../steps';

export default defineCause({
  id: 'outlook-com-bulk-auth-required',
  reason: 'authfailure',
  evidence: [
    // "550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level."
    { phrases: ['does not meet the required authentication level'] },
    { status: ['5.7.515'] },
  ],
  codeNotes: { '5.7.515': 'Outlook.com: a high-volume sending domain lacks passing SPF, DKIM and DMARC.' },
  temporary: false,
  whoActs: 'your-admin',
  title: 'Outlook.com refuses mail from your domain until it proves who sends for it',
  badge: 'Domain authentication missing — ask your admin',
  summary:
    'Since May 2025, Outlook.com, Hotmail and Live.com refuse mail from domains that send a lot of email unless the domain passes all three standard proofs of who may send for it (SPF, DKIM and DMARC). Your domain did not. Whoever manages your domain or email service has to set these up; you cannot fix it in your mail app.',
  fixes: [
    SENDER_FORWARDS_TO_DOMAIN_MANAGER,
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Publish an SPF record listing every service that sends for the domain, sign all mail with DKIM, and publish a DMARC record (at least p=none) aligned with the From domain.',
        },
        { text: "Microsoft's explanation of 5.7.515.", link: 'ms-outlook-com-5-7-515' },
        { text: 'Outlook.com postmaster troubleshooting.', link: 'outlook-com-postmaster' },
      ],
    },
  ],
});
