// Where the shared Sisimai corpus and its scorer are (read at run time from ../shared beside the
// repository, never copied in), and its messages in the order the scorers read them.
import fs from 'node:fs';
import path from 'node:path';
import { listEml } from '../../../scripts/eml-files';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const shared = path.resolve(repoRoot, '../shared');
export const corpus = path.join(shared, 'corpus/sisimai');
export const scorer = path.join(shared, 'tools/score-corpus.mjs');
/** False on a machine without ../shared: the corpus tests skip and say why. */
export const present = fs.existsSync(path.join(corpus, 'expected.json')) && fs.existsSync(scorer);

const emails = path.join(corpus, 'emails');

/**
 * Every corpus message (the not/ negatives included), sorted as `npm run score` lists them, with
 * the corpus-relative name ("arf-01.eml", "not/x.eml") the scorer matches results by.
 */
export function corpusFiles(): { name: string; bytes: Buffer }[] {
  return listEml(emails).map((file) => ({
    name: path.relative(emails, file).split(path.sep).join('/'),
    bytes: fs.readFileSync(file),
  }));
}
