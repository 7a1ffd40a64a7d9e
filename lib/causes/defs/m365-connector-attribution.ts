import { defineCause } from '../model';
import { SENDER_FORWARDS_TO_ADMIN } from '../steps';

// Exchange Online 5.7.64 "TenantAttribution; Relay Access Denied" is a refusal of the sender's own
// organisation: mail from its on-premises server or device came in through an inbound connector whose
// certificate or IP no longer matches, so Microsoft 365 would not relay it. The relay words must not
// send it to recipient-domain-not-hosted (codes.json: 5.7.64, who_acts sender_admin).
export default defineCause({
  id: 'm365-connector-attribution',
  reason: 'norelaying',
  evidence: [
    // "550 5.7.64 TenantAttribution; Relay Access Denied"
    { phrases: ['tenantattribution', 'tenantinboundattribution'] },
    { status: ['5.7.64'] },
  ],
  codeNotes: {
    '5.7.64':
      "Microsoft 365: mail from your organisation's own server did not match its inbound connector (IP or certificate).",
  },
  temporary: false,
  whoActs: 'your-admin',
  title: "Microsoft 365 did not recognise your organisation's mail server",
  badge: 'Connector mismatch — ask your admin',
  summary:
    'Your organisation sends part of its mail from its own server or a device (an on-premises Exchange, a scanner, an app) through Microsoft 365. Microsoft 365 recognises that server by a connector that lists its IP address or certificate name, and this message matched neither, so it was refused as an unknown relay. Something changed on your side (a new IP or an expired or renewed certificate); your Microsoft 365 admin has to update the connector.',
  fixes: [
    SENDER_FORWARDS_TO_ADMIN,
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: "Exchange admin center › Mail flow › Connectors: open the inbound connector from your organisation's email server and make its sender IP addresses or certificate name match the server that sent this message.",
          link: 'eac-connectors',
        },
        { text: "Microsoft's page for this code.", link: 'ms-ndr-5-7-64' },
      ],
    },
  ],
});
