import { defineProvider, each } from './types';

// Cox Communications: CX* / IPBL / URLBL tokens (codes.json "cox").
export const cox = defineProvider({
  id: 'cox',
  hosts: ['cox.net'],
  markers: ['cox.com/help', 'cxbl', 'cxdns', 'cxsndr', 'cxcnct', 'cxmxrt', 'cdrbl', 'cxthrt'],
  rules: [
    ...each('requireptr', 'cxdns'),
    ...each('authfailure', 'cxsndr'),
    ...each('policyviolation', 'cxsmtp'),
    ...each('toomanyconn', 'cxcnct'),
    ...each('speeding', 'cxmxrt'),
    ...each('rejected', 'cxthrt', 'cxmj'),
    ...each('spamdetected', 'urlbl'),
    ...each('blocked', 'cxbl', 'cdrbl', 'ipbl'),
  ],
});
