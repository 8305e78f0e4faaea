import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

describe('scripts/train-advice.ts', () => {
  it('says where the data should be and exits 1 when it is absent', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [repo('scripts/train-advice.ts'), '--data', repo('tests/fixtures/advice/no-such-dir')], { stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/advice data set is not at .*no-such-dir/);
    expect(stderr).toMatch(/needadvice_train\.tsv/);
  });
});
