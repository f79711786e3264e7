// @vitest-environment node
import { readFileSync } from 'node:fs';
import * as api from '../../../src';

// The README is the contract users read: what it shows must be what the library is.
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('given the README', () => {
  it("should quote the custom-UI example the browser tests and the story run, word for word", () => {
    const source = readFileSync(new URL('../../utils/MyFastpass.tsx', import.meta.url), 'utf8');
    // The file's leading comment is for the repository's readers; the example is the rest.
    const example = source.slice(source.indexOf('import '));
    expect(readme).toContain(`\`\`\`tsx\n${example}\`\`\``);
  });

  it('should document every runtime export of the main entry', () => {
    // Named in code: `name`, `name(…)` or `<Name …>`.
    const undocumented = Object.keys(api).filter((name) => !new RegExp(`(\`${name}[\`(]|<${name}[\\s>])`).test(readme));
    expect(undocumented).toEqual([]);
  });

  it('should pin msw 2 in every install line that names msw', () => {
    // A command continued over lines (`\` at the end) is one command.
    const installs = readme.replace(/\\\n/g, ' ').split('\n').filter((line) => /\bnpm (install|i)\b/.test(line) && /\bmsw\b/.test(line));
    expect(installs.length).toBeGreaterThan(0);
    for (const line of installs) expect(line).toMatch(/\bmsw@2\b/);
  });
});
