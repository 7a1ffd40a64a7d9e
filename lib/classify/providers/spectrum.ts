import { defineProvider } from './types';

// Spectrum / Charter / Time Warner (rr.com): "AUP#I1260"-style codes; the number range is the reason
// (codes.json "spectrum").
const AUP = /aup#[io]?(\d{4})/;
export const spectrum = defineProvider({
  id: 'spectrum',
  hosts: ['charter.net', 'rr.com', 'spectrum.net', 'twc.com', 'brighthouse.com'],
  markers: ['aup#'],
  rules: [],
  byCode: (ev) => {
    const m = AUP.exec(ev.text);
    if (!m) return null;
    const n = Number(m[1]);
    if (n === 1000 || (n >= 1200 && n <= 1250) || n === 1260 || n === 1560) return 'blocked';
    if (n === 1010 || n === 1500 || n === 1520) return 'rejected';
    if (n >= 1020 && n <= 1080) return 'speeding';
    if (n === 1090) return 'systemerror';
    if (n >= 1100 && n <= 1150) return 'requireptr';
    if (n >= 1160 && n <= 1190) return 'policyviolation';
    if (n >= 1300 && n <= 1340) return 'toomanyconn';
    if (n === 1530) return 'mesgtoobig';
    if (n === 1550) return 'exceedlimit';
    if ((n >= 1350 && n <= 1490) || n === 1540 || n === 1580) return 'speeding';
    return null;
  },
});
