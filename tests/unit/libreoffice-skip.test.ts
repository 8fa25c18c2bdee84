import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { itWithLibreOffice } from '../fixtures/visit-log/libreoffice';

const saved = { PATH: process.env.PATH, CI: process.env.CI };
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.CI === undefined) delete process.env.CI;
  else process.env.CI = saved.CI;
});

describe('the LibreOffice read-back guard', () => {
  it('skips where soffice is missing, printing one line with the reason and where to read how to install it', () => {
    process.env.PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-no-soffice-'));
    delete process.env.CI;
    const lines: string[] = [];
    expect(itWithLibreOffice('export-xlsx', (line) => lines.push(line))).not.toBe(it);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^export-xlsx: LibreOffice read-back skipped, soffice is not on PATH .*docs\/visit-log\.md/);
    expect(lines[0]).not.toContain('\n');
  });

  it('runs under CI even where soffice is missing, so a CI machine without it fails instead of skipping', () => {
    process.env.PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-no-soffice-'));
    process.env.CI = 'true';
    const lines: string[] = [];
    expect(itWithLibreOffice('export-xlsx', (line) => lines.push(line))).toBe(it);
    expect(lines).toEqual([]);
  });
});
