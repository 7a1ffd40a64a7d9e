// The panel's and badge's own words (everything that is not a cause's text), kept with the
// knowledge base so all user-facing text sits in lib/causes, ready for translation.
export const PANEL_TEXT = {
  badgeTitle: 'Bounce Lens: what went wrong and how to fix it',
  close: 'Close explanation',
  whoActs: 'Who has to act: ',
  /** Added after who-acts when someone still has to act on a temporary problem. */
  temporarySuffix: ' (temporary: the server keeps trying for a while)',
  recipient: 'Recipient',
  recipients: 'Recipients',
  recipientNotShown: 'Recipient not shown in the bounce',
  howToFix: 'How to fix it',
  stepsFor: 'Steps for',
  adminSuffix: ' (admin)',
  technicalDetails: 'Technical details',
  copyForAdmin: 'Copy details for your admin',
  copied: 'Copied.',
  copyFailed: 'Copy failed: select the technical details instead.',
  privacyFoot: 'Analysed on your device by Bounce Lens; nothing was sent anywhere.',
  technical: {
    format: 'Format',
    reportedBy: 'Reported by',
    recipient: 'Recipient',
    notShown: '(not shown)',
    action: 'Action',
    status: 'Status',
    replyCode: 'Reply code',
    remoteServer: 'Remote server',
    command: 'SMTP command',
    reason: 'Reason',
    diagnostic: 'Diagnostic',
  },
} as const;
