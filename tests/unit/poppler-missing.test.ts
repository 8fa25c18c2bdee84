import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { poppler } from '../fixtures/poppler';
import { tempDir } from '../fixtures/visit-log/temp';

describe('reading PDFs back without poppler-utils', () => {
  const path = process.env.PATH;
  const empty = tempDir('kiosk-no-poppler-');
  afterEach(() => {
    process.env.PATH = path;
  });
  afterAll(() => empty.cleanup());

  it('fails with a line naming the package to install, not a bare ENOENT', () => {
    process.env.PATH = empty.dir;
    expect(() => poppler('pdfinfo', ['/nonexistent.pdf'])).toThrow(/pdfinfo not found: install Debian's poppler-utils/);
  });
});
