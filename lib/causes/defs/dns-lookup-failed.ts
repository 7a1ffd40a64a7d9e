import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT } from '../steps';

export default defineCause({
  id: 'dns-lookup-failed',
  reason: 'networkerror',
  evidence: [
    // Postfix: "Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again"
    { phrases: ['host not found, try again', 'name service error'], andPhrases: ['try again'] },
    // Gmail: "DNS Error: 16578478 DNS type 'mx' lookup of example.org responded with code NOERROR
    //  16578478 DNS type 'mx' lookup of example.org had no relevant answers."
    { phrases: ['had no relevant answers', 'responded with code servfail', 'servfail'] },
    // Exchange Online: "550 5.4.312 Message expired, DNS query failed(ServerFailure)"
    {
      phrases: [
        'dns query failed',
        'temporary failure in name resolution',
        'dns lookup failed',
        'dns lookup failure',
        'dns timeout',
      ],
    },
  ],
  temporary: false,
  whoActs: 'recipient',
  title: "The recipient's domain could not be looked up properly",
  badge: 'Domain lookup failed — check address',
  summary:
    "To deliver mail, your server looks up where the recipient's domain (the part after the @) receives email. That lookup failed or gave no usable answer: the domain's settings are broken, its name servers do not respond, or it has no mail settings at all. Check the address for a typo; if it is right, the recipient's side must fix their domain settings.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [{ text: 'Check the part after the @ for a typo and send again.' }, STEP_CONTACT_RECIPIENT],
    },
    {
      client: 'mail-server',
      audience: 'admin',
      steps: [
        {
          text: "Look up the domain's MX and name servers; if your own resolver fails for every domain, fix your server's DNS first.",
          link: 'google-checkmx',
        },
      ],
    },
  ],
});
