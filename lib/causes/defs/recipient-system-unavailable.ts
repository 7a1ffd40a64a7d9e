import { defineCause } from '../model';
import { STEP_CONTACT_RECIPIENT, STEP_RESEND_LATER, STEP_SEND_AGAIN_LATER } from '../steps';

// RFC 3463 X.3.2 "System not accepting network messages": the recipient's mail system is shut down,
// overloaded or broken for now. Only with 521 or 556 (RFC 7504/7505) does it mean a host that never
// takes mail, which null-mx (registered earlier) answers; any other reply is a fault on the recipient's
// side (codes.json: X.3.2 who_acts wait; Exchange 5.3.2 store-driver faults, recipient_side).
export default defineCause({
  id: 'recipient-system-unavailable',
  reason: 'notaccept',
  alsoFits: ['systemerror', 'systemfull'],
  evidence: [
    // Exchange: "550 5.3.2 STOREDRV.Deliver; missing or bad StoreDriver MDB properties"
    { status: ['x.3.2'] },
  ],
  temporary: true,
  whoActs: 'nobody',
  title: "The recipient's mail system is not taking messages right now",
  badge: "Recipient's mail system unavailable",
  summary:
    "The recipient's mail system said it is not accepting messages at the moment (shut down for maintenance, overloaded, or a fault in its mailbox store). Nothing is wrong with the address or your message. Your server keeps retrying for a while.",
  gaveUp: {
    whoActs: 'recipient',
    badge: "Recipient's mail system unavailable — not delivered",
    summary:
      "The recipient's mail system refused the message because it was not accepting messages (shut down, overloaded, or a fault in its mailbox store), so the message was not delivered. Nothing is wrong with the address or your message; the recipient's mail admin has to fix their system. Send it again later, and tell the recipient another way if it keeps failing.",
    steps: [STEP_SEND_AGAIN_LATER, STEP_CONTACT_RECIPIENT],
  },
  fixes: [{ client: 'any', audience: 'sender', steps: [STEP_RESEND_LATER] }],
});
