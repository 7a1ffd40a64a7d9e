import { defineProvider, each } from './types';

// Mimecast: the 36 documented phrases (codes.json "mimecast").
export const mimecast = defineProvider({
  id: 'mimecast',
  hosts: ['mimecast'],
  markers: ['mimecast.com', 'mimecast'],
  rules: [
    ...each('authfailure', 'spf sender invalid', 'dkim sender invalid', 'dmarc sender invalid'),
    ...each('badreputation', 'ip reputation'),
    // "554 email rejected due to security policies - MCSpamSignature": virus signature or spam score over the maximum
    ...each('virusdetected', 'rejected due to security policies'),
    ...each('blocked', 'ip temporarily blacklisted'),
    ...each('rejected', 'sender address blocked', 'envelope blocked', 'blocked senders', 'block policy for'),
    ...each('mesgtoobig', 'maximum email size exceeded'),
    ...each('networkerror', 'mail loop detected', 'incorrect hostname used for inbounds'),
    ...each('norelaying', 'open relay not allowed', 'open relay is not allowed', 'hostname is not authorized'),
    // "554 Host network not allowed"; anti-spoofing and content examination policies
    ...each('policyviolation', 'host network', 'anti-spoofing', 'content examination policy'),
    ...each('securityerror', 'incorrect authentication data', 'submitter failed to authenticate'),
    ...each('failedstarttls', 'requires encryption', 'requires tls', 'high-strength ciphers'),
    ...each('toomanyconn', 'outbound thread limit', 'account service is temporarily unavailable'),
    ...each('userunknown', 'invalid recipient', 'invalid address'),
    ...each(
      'systemerror',
      'internal resources are temporarily unavailable',
      'unable to process',
      'recipient temporarily unavailable',
    ),
    ...each('suspend', 'account inbounds disabled', 'account outbounds disabled'),
  ],
});
