import { defineCause } from '../model';

export default defineCause({
  id: 'message-too-large',
  reason: 'mesgtoobig',
  evidence: [
    // Gmail: "552-5.2.3 Your message exceeded Google's message size limits. Please visit
    //  https://support.google.com/mail/?p=MaxSizeError to view our size guidelines."
    // Postfix: "552 5.3.4 Message size exceeds fixed limit"; Exchange: "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient"
    {
      phrases: [
        'message size limits',
        'message size exceeds',
        'size exceeds',
        'message too large',
        'message is too large',
        'message too big',
        'message is too big',
        'too large for this',
        'recipsizelimit',
        'sendsizelimit',
        'maxsizeerror',
        'maximum email size exceeded',
        'maximum message size',
        'exceeds the maximum size',
        'exceeds size limit',
        'larger than the maximum',
        'message length exceeds',
        'aup#1530',
        'aup#o1530',
        'aup#i1530',
        'number of attachments',
      ],
    },
    { status: ['x.3.4', 'x.2.3'] },
  ],
  defaultFor: ['mesgtoobig', 'exceedlimit'],
  temporary: false,
  whoActs: 'you',
  title: 'The message is too large',
  badge: 'Message too large — how to fix',
  summary:
    "Your message, with its attachments, is larger than the recipient's server (or your own) accepts. Attachments grow by about a third when sent, so a 20 MB file becomes roughly 27 MB. Send the files as a shared link, or split them over several smaller messages.",
  fixes: [
    {
      client: 'any',
      audience: 'sender',
      steps: [
        {
          text: 'Upload large files to a cloud drive (OneDrive, Google Drive, Dropbox, iCloud Drive) and send a link instead.',
        },
        {
          text: 'Or compress the files (zip, smaller photos) or send them over several messages, each well under 10 MB.',
        },
      ],
    },
    {
      client: 'gmail-web',
      audience: 'sender',
      steps: [
        {
          text: 'Gmail: use the Google Drive button in the compose window for files over 25 MB; Gmail sends them as a link.',
        },
      ],
    },
    {
      client: 'outlook-web',
      audience: 'sender',
      steps: [{ text: 'Outlook: attach the file from OneDrive ("Share link") instead of as a copy.' }],
    },
    {
      client: 'm365-admin',
      audience: 'admin',
      steps: [
        {
          text: 'Raise mailbox send/receive size limits in Exchange admin center > Recipients > Mailboxes > the mailbox > Mail flow settings > Message size restrictions (up to 150 MB).',
        },
      ],
    },
  ],
});
