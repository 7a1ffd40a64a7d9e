import fs from 'node:fs';
import path from 'node:path';

/** Every `.eml` file below `dir`, in sorted order (the order the CLI promises for a directory). */
export function listEml(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.eml')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
