import { defineProvider, each } from './types';

// GoDaddy (secureserver.net): "IBnnn" tokens from GoDaddy's bounce table (codes.json "godaddy").
export const godaddy = defineProvider({
  id: 'godaddy',
  hosts: ['secureserver.net', 'godaddy'],
  markers: ['x.co/rlbounce', 'x.co/irbounce'],
  rules: [
    ...each('spamdetected', 'ib212'),
    ...each('virusdetected', 'ib705'),
    ...each('exceedlimit', 'ib605'),
    ...each('toomanyconn', 'ib007', 'ib510'),
    ...each('systemerror', 'ib101'),
    ...each('blocked', 'ib110', 'ib111', 'ib112', 'ib113', 'ib103', 'ib104', 'ib105', 'ib106'),
    // "550 5.1.1 <x@example.com> - 203.0.113.222 has sent to too many recipients this hour. IB607"
    ...each('speeding', 'ib504', 'ib607', 'too many recipients this hour'),
    ...each('securityerror', 'ib401'),
    ...each('rejected', 'ib501', 'ib502', 'ib506'),
    ...each('authfailure', 'ib508'),
    ...each('requireptr', 'ib108'),
  ],
});
