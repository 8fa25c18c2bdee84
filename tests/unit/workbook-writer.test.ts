import { describe, expect, it } from 'vitest';
import { writeWorkbook, type Cell, type Column } from '../../electron/core/workbook/workbook-writer';
import { xmlText } from '../../electron/core/workbook/sheet-xml';
import { tempDir } from '../fixtures/visit-log/temp';
import { readZipEntries } from '../fixtures/visit-log/zip-entries';
import fs from 'node:fs';
import path from 'node:path';

const COLUMNS: Column[] = [
  { header: 'n', type: 'number', width: 8 },
  { header: 'at', type: 'datetime', width: 20 },
];
const AT = { utcMs: Date.UTC(2026, 0, 31, 16), offsetMinutes: 480 };

/** Writes a workbook into a Buffer (the writer takes any sink). */
const collect = async (o: Parameters<typeof writeWorkbook>[0]) => {
  const chunks: Buffer[] = [];
  const sheets = await writeWorkbook(o, (c) => void chunks.push(Buffer.from(c)));
  return { sheets, bytes: Buffer.concat(chunks) };
};

async function* slowRows(n: number): AsyncGenerator<Cell[]> {
  for (let i = 1; i <= n; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    yield [i, Date.UTC(2026, 0, 1, 0, 0, i)];
  }
}

describe('workbook writer', () => {
  it('takes plain (async) row iterators and continues a full sheet on the next, in tab order', async () => {
    const tmp = tempDir();
    try {
      const { sheets, bytes } = await collect({
        title: 't',
        at: AT,
        maxRowsPerSheet: 3,
        sheets: [
          { name: 'Rows', columns: COLUMNS, rows: slowRows(7), tab: 1 },
          { name: 'First', columns: COLUMNS, rows: [[1, null]], tab: 0 },
        ],
      });
      expect(sheets).toEqual([
        { name: 'Rows', rows: 3 },
        { name: 'Rows (2)', rows: 3 },
        { name: 'Rows (3)', rows: 1 },
        { name: 'First', rows: 1 },
      ]);
      const file = path.join(tmp.dir, 'w.xlsx');
      fs.writeFileSync(file, bytes);
      const entries = await readZipEntries(file);
      const text = (name: string) => entries.find((e) => e.name === name)!.text;
      expect(text('xl/workbook.xml')).toContain(
        '<sheet name="First" sheetId="1" r:id="rId4"/><sheet name="Rows" sheetId="2" r:id="rId1"/><sheet name="Rows (2)" sheetId="3" r:id="rId2"/>',
      );
      // Rows 4–6 went to the second part, numbered from 2 under its own header.
      expect(text('xl/worksheets/sheet2.xml')).toContain('<row r="2"><c><v>4</v></c><c s="1"><v>');
      expect(text('xl/worksheets/sheet3.xml').match(/<row /g)).toHaveLength(2);
      // An empty cell keeps its place (cells carry no reference).
      expect(text('xl/worksheets/sheet4.xml')).toContain('<row r="2"><c><v>1</v></c><c/></row>');
    } finally {
      tmp.cleanup();
    }
  });

  it('fails when a row source fails, and does not hang', async () => {
    function* failing(): Generator<Cell[]> {
      yield [1, 0];
      throw new Error('source gone');
    }
    await expect(
      collect({ title: 't', at: AT, sheets: [{ name: 'S', columns: COLUMNS, rows: failing() }] }),
    ).rejects.toThrow('source gone');
  });

  it('fails when the sink fails', async () => {
    const sink = () => Promise.reject(new Error('disk full'));
    await expect(
      writeWorkbook({ title: 't', at: AT, sheets: [{ name: 'S', columns: COLUMNS, rows: slowRows(3) }] }, sink),
    ).rejects.toThrow('disk full');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlText('a<b>&"c"\u0001\u0007d')).toBe('a&lt;b&gt;&amp;&quot;c&quot;d');
  });
});
