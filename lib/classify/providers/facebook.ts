import { defineProvider, each } from './types';

// Facebook (facebook.com mail): "550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes … Recipient
// address does not exist"; the token family says who failed (RCP recipient, POL policy, CON connection,
// MSG message, DNS sender domain, INT internal).
export const facebook = defineProvider({
  id: 'facebook',
  hosts: ['facebook.com', 'fb.com', 'facebookmail.com'],
  markers: ['postmaster.facebook.com'],
  rules: [
    ...each('userunknown', 'rcp-p1'),
    ...each('suspend', 'rcp-p2', 'rcp-p3'),
    ...each('filtered', 'rcp-t1', 'rcp-t4'),
    ...each('mesgtoobig', 'msg-p1'),
    ...each('contenterror', 'msg-p2', 'msg-p3'),
    ...each('policyviolation', 'pol-p1', 'pol-p2', 'pol-p3', 'pol-p4', 'pol-p5', 'pol-p6', 'pol-p7'),
    ...each('toomanyconn', 'con-t1', 'con-t2', 'con-t3', 'con-t4'),
    ...each('rejected', 'dns-p1', 'dns-p2', 'dns-p3', 'dns-t1', 'dns-t2'),
    ...each('systemerror', 'int-t1', 'int-t2', 'int-p1'),
  ],
});
