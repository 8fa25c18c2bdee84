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
      // Rows 4–6 went to the second part, under its own header (rows carry no number: they follow one another).
      expect(text('xl/worksheets/sheet2.xml')).toContain('<row><c><v>4</v></c><c s="1"><v>');
      expect(text('xl/worksheets/sheet3.xml').match(/<row>/g)).toHaveLength(2);
      // An empty cell keeps its place (cells carry no reference).
      expect(text('xl/worksheets/sheet4.xml')).toContain('<row><c><v>1</v></c><c/></row>');
    } finally {
      tmp.cleanup();
    }
  });

  it('takes blocks of rows as XML among cell rows and splits a block where a sheet is full', async () => {
    const block = (from: number, n: number) => {
      const xml = Array.from({ length: n }, (_, i) => `<row><c><v>${from + i}</v></c><c/></row>`).join('');
      return { xml: Buffer.from(xml, 'utf8'), rows: n };
    };
    const { sheets, bytes } = await collect({
      title: 't',
      at: AT,
      maxRowsPerSheet: 4,
      sheets: [{ name: 'X', columns: COLUMNS, rows: [[1, null], block(2, 5), [7, null], block(8, 2)] }],
    });
    expect(sheets).toEqual([
      { name: 'X', rows: 4 },
      { name: 'X (2)', rows: 4 },
      { name: 'X (3)', rows: 1 },
    ]);
    const tmp = tempDir();
    try {
      const file = path.join(tmp.dir, 'x.xlsx');
      fs.writeFileSync(file, bytes);
      const entries = await readZipEntries(file);
      const numbers = (n: number) =>
        [...entries.find((e) => e.name === `xl/worksheets/sheet${n}.xml`)!.text.matchAll(/<row><c><v>(\d+)<\/v>/g)].map((m) => Number(m[1]));
      expect([numbers(1), numbers(2), numbers(3)]).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9]]);
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
