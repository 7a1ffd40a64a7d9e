import { describe, expect, it } from 'vitest';
import type { RelayLocation, RelayServer } from '../../../lib/causes/relay-check';
import { RELAY_CHECK_TEXT, relayCheck } from '../../../lib/causes/relay-check';

const LOCATIONS: RelayLocation[] = ['home-isp', 'work', 'travelling'];
const SERVERS: RelayServer[] = ['isp', 'work', 'webmail', 'custom-domain'];

describe('relayCheck', () => {
  it("says a message to the server's own domain is not relaying, wherever you are", () => {
    for (const location of LOCATIONS) {
      for (const server of SERVERS) {
        const r = relayCheck({ location, server, recipientDomain: 'same' });
        expect(r.relaying).toBe(false);
        expect(r.fixes.map((f) => f.id)).toContain('check-recipient-address');
        expect(r.fixes.map((f) => f.id)).not.toContain('enable-smtp-auth');
      }
    }
  });

  it('always offers SMTP authentication and port 587 when relaying', () => {
    for (const location of LOCATIONS) {
      for (const server of SERVERS) {
        const r = relayCheck({ location, server, recipientDomain: 'other' });
        expect(r.relaying).toBe(true);
        expect(r.fixes.slice(0, 2).map((f) => f.id)).toEqual(['enable-smtp-auth', 'use-port-587']);
        expect(r.fixes.find((f) => f.id === 'enable-smtp-auth')!.text).toContain(
          'My outgoing server (SMTP) requires authentication',
        );
      }
    }
  });

  it("explains the home ISP's server used from another network and offers the local SMTP server", () => {
    const r = relayCheck({ location: 'travelling', server: 'isp', recipientDomain: 'other' });
    expect(r.why).toBe(RELAY_CHECK_TEXT.why.ispAway);
    expect(r.fixes.map((f) => f.id)).toContain('use-local-smtp');
    expect(r.fixes.find((f) => f.id === 'admin-pop-before-smtp')?.audience).toBe('admin');
    const home = relayCheck({ location: 'home-isp', server: 'isp', recipientDomain: 'other' });
    expect(home.why).toBe(RELAY_CHECK_TEXT.why.homeIsp);
    expect(home.fixes.map((f) => f.id)).not.toContain('use-local-smtp');
  });

  it('points office networks at authorised IP ranges and remote workers at the VPN', () => {
    const inside = relayCheck({ location: 'work', server: 'work', recipientDomain: 'other' });
    expect(inside.fixes.map((f) => f.id)).toContain('admin-authorised-ranges');
    const away = relayCheck({ location: 'home-isp', server: 'work', recipientDomain: 'other' });
    expect(away.fixes.map((f) => f.id)).toContain('use-vpn');
    expect(away.why).toBe(RELAY_CHECK_TEXT.why.workAway);
  });

  it('says webmail and hosting servers never relay without sign-in', () => {
    for (const server of ['webmail', 'custom-domain'] as const) {
      const r = relayCheck({ location: 'travelling', server, recipientDomain: 'other' });
      expect(r.why).toBe(RELAY_CHECK_TEXT.why.signInAlways);
    }
  });

  it('has a label for every option the panel offers', () => {
    for (const l of LOCATIONS) expect(RELAY_CHECK_TEXT.options.location[l].length).toBeGreaterThan(5);
    for (const s of SERVERS) expect(RELAY_CHECK_TEXT.options.server[s].length).toBeGreaterThan(5);
  });
});
