import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build.ts';

// Loading compromise builds its lexicon (about 150 ms); a check whose files are all cached must not pay
// for it. This runs in a fresh Node so that nothing another test imported is loaded already.
const probe = (body: string): string => execFileSync(process.execPath, ['--input-type=module', '-e', body], { cwd: projectRoot, encoding: 'utf8' }).trim();

// Every load of compromise goes through resolution, `import` and `require` alike: record it.
const hook = `const seen = []; (await import('node:module')).registerHooks({ resolve(specifier, context, next) { if (specifier === 'compromise') seen.push(specifier); return next(specifier, context); } });`;
const loaded = 'seen.length > 0';

describe('compromise loads on first use', () => {
  it('is not loaded by importing the gate, the redactors or check', () => {
    const out = probe(`${hook}
      await import('./src/lib/gate/index.ts');
      await import('./src/lib/ingest/redact/index.ts');
      await import('./src/lib/check/run.ts');
      console.log(${loaded});`);
    expect(out).toBe('false');
  });

  it('is not loaded to look up a word of the plain word list, and is for one beyond it', () => {
    const out = probe(`${hook}
      const { isEnglishWord } = await import('./src/lib/ingest/redact/lexicon.ts');
      const plain = isEnglishWord('manager');
      const before = ${loaded};
      const rare = isEnglishWord('kestrelworks');
      console.log(JSON.stringify([plain, before, rare, ${loaded}]));`);
    expect(JSON.parse(out)).toEqual([true, false, false, true]);
  });
});
