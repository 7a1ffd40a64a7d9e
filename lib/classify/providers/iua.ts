import { defineProvider, each } from './types';

// i.ua (Ukraine): "550 Mailbox is frozen. See http://mail.i.ua/err/3/"
export const iua = defineProvider({
  id: 'i.ua',
  hosts: ['i.ua'],
  markers: ['mail.i.ua/err/'],
  rules: [
    ...each('suspend', 'mailbox is frozen', '/err/3/'),
    ...each('userunknown', '/err/2/', '/err/1/'),
    ...each('mailboxfull', '/err/5/', 'mailbox is full'),
    ...each('spamdetected', '/err/8/', 'spam'),
  ],
});
