import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { repoRoot } from './harness';

// The built manifests are the privacy promise in machine-readable form: these five webmail origins
// and `storage`, nothing broader.
const WEBMAIL_ORIGINS = [
  'https://mail.google.com/*',
  'https://outlook.cloud.microsoft/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
}

function readManifest(target: string): Manifest {
  const file = path.join(repoRoot, '.output', target, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run the build first`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  test(`${target} manifest asks for the webmail origins and storage only`, () => {
    const m = readManifest(target);
    expect(m.name).toBe('Bounce Lens');
    expect(m.version).toMatch(/^\d+\.\d+\.\d+$/);
    const matches = (m.content_scripts ?? []).flatMap((c) => c.matches).sort();
    expect([...new Set(matches)]).toEqual(WEBMAIL_ORIGINS);
    const permissions = [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.optional_permissions ?? [])];
    for (const p of permissions) {
      expect(p === 'storage' || WEBMAIL_ORIGINS.includes(p), `unexpected permission ${p}`).toBe(true);
    }
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|"tabs"|\*:\/\/\*\//);
  });
}

test('firefox build has a gecko id and declares that it collects no data', () => {
  const gecko = readManifest('firefox-mv2').browser_specific_settings?.gecko;
  expect(gecko?.id).toMatch(/@/);
  expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
});
