import { defineProvider, each } from './types';

// Orange / Wanadoo / La Poste (France PTT). Every refusal carries a numbered token such as
// "OFR005_505" or "LPN007_416"; the three digits after the underscore are the reason (codes.json
// "orange", observed).
export const orange = defineProvider({
  id: 'orange',
  hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'francetelecom', 'orange.com'],
  markers: ['ofr_', 'lpn001_', 'lpn007_', 'ofr004_', 'ofr005_', 'ofr006_'],
  rules: [
    // "550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416"
    ...each('userunknown', '_416'),
    ...each('mailboxfull', '_417'),
    // "550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426"
    ...each('suspend', '_420', '_426'),
    ...each('authfailure', '_401', '_517'),
    ...each('securityerror', '_305', '_402'),
    ...each('rejected', '_405'),
    ...each('spamdetected', '_506'),
    ...each('mesgtoobig', '_514'),
    ...each('toomanyconn', '_104'),
    // "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]"
    ...each('systemerror', '_505'),
    // "_101/_102/_103/_510/_630", "OFR_999", "LPN001_108": the client IP is refused
    ...each('blocked', '_101', '_102', '_103', '_510', '_630', 'service refus'),
  ],
});
