// A TypeDoc plugin (loaded by typedoc.json): every "docs/concepts.md §6.1" (or "§3–5",
// "I4", "W3") in a doc comment or a guide becomes a link to that section of the Concepts
// page of the generated site. Sources keep the plain-text form, which reads well in an
// editor and on npm; the site gets working links. Invariants (I1 …) and worked numbers
// (W1 …) link to the section that states them, found by reading docs/concepts.md.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { MarkdownEvent } from 'typedoc';

const CONCEPTS = new URL('../docs/concepts.md', import.meta.url);
const PAGE = 'documents/Concepts.html';

/** TypeDoc's heading slug (Slugger.serialize in typedoc 0.28, then lower case). */
function slug(text) {
  return text
    .trim()
    .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, '')
    .replace(/\s/g, '-')
    .replace(/--+/, '-')
    .toLowerCase();
}

/** Section number ("6.1", "3") and invariant/worked-number label ("I4", "W3") → anchor. */
function anchors() {
  const map = new Map();
  let current = '';
  for (const line of readFileSync(CONCEPTS, 'utf8').split('\n')) {
    const heading = /^#{2,4}\s+(.*)$/.exec(line);
    if (heading) {
      const title = heading[1].replace(/`/g, '');
      current = slug(title);
      const number = /^(\d+(?:\.\d+)?)\.?\s/.exec(title);
      if (number) map.set(`§${number[1]}`, current);
      continue;
    }
    for (const label of line.matchAll(/\*\*([IW]\d+)\b/g)) {
      if (!map.has(label[1])) map.set(label[1], current);
    }
  }
  return map;
}

const REFERENCE = /(?<![\w/[])(?<!\]\()docs\/concepts\.md(?: (§\d+(?:\.\d+)?|[IW]\d+))?/g;

/** @param {import('typedoc').Application} app */
export function load(app) {
  const map = anchors();
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      const from = posix.dirname(event.page.url);
      const href = posix.relative(from, PAGE);
      const link = (text, section) => {
        const anchor = section ? map.get(section) : undefined;
        if (section && !anchor) app.logger.warn(`docs/concepts.md has no ${section} (linked from ${event.page.url})`);
        return `[${text}](${href}${anchor ? `#${anchor}` : ''})`;
      };
      // Code (fenced blocks, inline spans) stays as written: only prose gets links.
      event.parsedText = event.parsedText
        .split(/(```[\s\S]*?```|`[^`\n]*`)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(REFERENCE, link)))
        .join('');
    },
    100,
  );
}
