import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_ADMIN } from '../steps';

export default defineCause({
  id: 'blocklist-outlook-com',
  reason: 'blocked',
  evidence: [
    // "550 5.7.1 Unfortunately, messages from [198.51.100.20] weren't sent. Please contact your Internet
    //  service provider since part of their network is on our block list (S3140). You can also refer your
    //  provider to http://mail.live.com/mail/troubleshooting.aspx#errors."
    { phrases: ['(s3140)', '(s3150)', 'part of their network is on our block list', 'on our block list'] },
    // Outlook.com postmaster codes: "550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 198.51.100.20 weren't sent."
    { phrases: ['sc-001', 'sc-002', 'sc-003', 'sc-004', 'dy-001', 'dy-002', 'ou-001', 'ou-002'] },
  ],
  temporary: false,
  whoActs: 'your-admin',
  title: "Outlook.com and Hotmail block mail from your mail server's network",
  badge: 'Blocked by Outlook.com — how to delist',
  summary:
    "Microsoft's consumer mail (Outlook.com, Hotmail, Live.com) blocks the internet address, or the whole network, your message was sent from, after seeing spam from it. Often another customer of the same provider caused it. Your provider or mail admin can ask Microsoft to lift the block with the sender support form.",
  fixes: [
    SENDER_FORWARDS_TO_ADMIN,
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: 'Submit the Outlook.com sender support request with the IP address from the bounce.',
          link: 'outlook-com-delist-form',
        },
        {
          text: 'Read the postmaster troubleshooting page and monitor the IP in SNDS.',
          link: 'outlook-com-postmaster',
        },
        { text: 'Microsoft SNDS.', link: 'ms-snds' },
      ],
    },
  ],
});
