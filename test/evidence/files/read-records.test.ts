import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readRecords } from '../../../src/evidence/files/read-records.js';
import type { FileRecord } from '../../../src/evidence/source.js';
import { mergeBuild, recoveryBuild, rollbackRelease, agentRelease } from './samples.js';
import { pretty, tempFiles } from './temp-files.js';

const files = tempFiles('records');

async function collect(file: string): Promise<FileRecord[]> {
  const records: FileRecord[] = [];
  for await (const record of readRecords(file)) records.push(record);
  return records;
}

async function inputError(file: string): Promise<InputError> {
  const error = await collect(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('readRecords: shapes', () => {
  it('yields each element of a top-level JSON array with its index and starting line', async () => {
    const file = files.write('builds.json', pretty([recoveryBuild, mergeBuild]));
    const records = await collect(file);
    expect(records.map((r) => r.index)).toEqual([0, 1]);
    expect(records[0]!.value).toEqual(recoveryBuild);
    expect(records[1]!.value).toEqual(mergeBuild);
    expect(records[0]!.line).toBe(2);
    // pretty() puts each element's "{" on its own line: find it.
    const lines = pretty([recoveryBuild, mergeBuild]).split('\n');
    expect(lines[records[1]!.line! - 1]).toBe('  {');
    expect(lines[records[1]!.line!]).toContain(`"name": "${mergeBuild.name}"`);
  });

  it('yields each line of NDJSON, indexed among non-empty lines, with its 1-based line', async () => {
    const text = `${JSON.stringify({ a: 1 })}\n\n${JSON.stringify({ b: 2 })}\r\n   \n${JSON.stringify({ c: 3 })}`;
    const records = await collect(files.write('entries.ndjson', text));
    expect(records).toEqual([
      { value: { a: 1 }, index: 0, line: 1 },
      { value: { b: 2 }, index: 1, line: 3 },
      { value: { c: 3 }, index: 2, line: 5 },
    ]);
  });

  it('unwraps a REST list response such as {releases:[…], nextPageToken} and notes that it is one page', async () => {
    const file = files.write('releases.json', pretty({ releases: [agentRelease, rollbackRelease], nextPageToken: 'CgwI' }));
    const stream = readRecords(file);
    const records: FileRecord[] = [];
    for await (const record of stream) records.push(record);
    expect(records.map((r) => r.value)).toEqual([agentRelease, rollbackRelease]);
    expect(records.map((r) => r.index)).toEqual([0, 1]);
    expect(stream.notes).toEqual([expect.stringContaining('nextPageToken')]);
  });

  it('unwraps {builds:[…]}, {entries:[…]}, {revisions:[…]}, {services:[…]} whatever key comes first', async () => {
    for (const key of ['builds', 'entries', 'revisions', 'services']) {
      const file = files.write(`${key}.json`, JSON.stringify({ nextPageToken: '', [key]: [{ n: 1 }, { n: 2 }] }));
      const stream = readRecords(file);
      const values: unknown[] = [];
      for await (const record of stream) values.push(record.value);
      expect(values).toEqual([{ n: 1 }, { n: 2 }]);
      expect(stream.notes).toEqual([]);
    }
  });

  it('treats any other single object as one record', async () => {
    const records = await collect(files.write('one.json', pretty(recoveryBuild)));
    expect(records).toEqual([{ value: recoveryBuild, index: 0, line: 1 }]);
  });

  it('reads a pretty-printed object followed by more objects as a run of records (NDJSON-like)', async () => {
    const records = await collect(files.write('concat.json', pretty({ a: 1, list: [1, 2] }) + pretty({ b: 2 })));
    expect(records.map((r) => [r.value, r.line])).toEqual([
      [{ a: 1, list: [1, 2] }, 1],
      [{ b: 2 }, 8],
    ]);
  });

  it('continues the index across concatenated arrays', async () => {
    const records = await collect(files.write('two-arrays.json', '[{"a":1},{"a":2}]\n[{"a":3}]\n'));
    expect(records.map((r) => [r.index, r.line])).toEqual([
      [0, 1],
      [1, 1],
      [2, 2],
    ]);
  });

  it('keeps a "__proto__" key as plain data', async () => {
    const [record] = await collect(files.write('proto.json', '{"__proto__": {"polluted": true}, "a": 1}'));
    const value = record!.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const records = await collect(files.write('bom.json', '\uFEFF[{"a":1}]'));
    expect(records).toEqual([{ value: { a: 1 }, index: 0, line: 1 }]);
  });
});

describe('readRecords: errors name the file, the line and the record', () => {
  it('reports invalid JSON in record N at its line', async () => {
    const text = '[\n  {"id": "a"},\n  {"id": "b"},\n  {"id": "c",\n   "status" "SUCCESS"}\n]\n';
    const file = files.write('builds.json', text);
    const error = await inputError(file);
    expect(error.file).toBe(file);
    expect(error.line).toBe(5);
    expect(error.message).toBe(`${file}:5: invalid JSON in record 2: expected ':' (the record starts at line 4)`);
  });

  it('reports a broken NDJSON line with its line and record index', async () => {
    const file = files.write('bad.ndjson', '{"a":1}\n{"a":2}\n{"a":3,}\n{"a":4}\n');
    const error = await inputError(file);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/bad\.ndjson:3: invalid JSON in record 2: unexpected token '}'$/);
  });

  it('still yields the records before the broken one', async () => {
    const seen: unknown[] = [];
    const file = files.write('partial.ndjson', '{"a":1}\n{"a":2}\nnot json\n');
    await expect(async () => {
      for await (const record of readRecords(file)) seen.push(record.value);
    }).rejects.toThrow(/partial\.ndjson:3: invalid JSON in record 2/);
    expect(seen).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('calls a truncated file truncated, at its last line', async () => {
    const error = await inputError(files.write('truncated.json', '[\n  {"id": "a"},\n  {"id": "b", "status": "SUCC'));
    expect(error.message).toMatch(/truncated\.json:3: invalid JSON in record 1: unexpected end of file \(is it truncated\?\)$/);
  });

  it('rejects an empty file', async () => {
    const file = files.write('empty.json', '');
    expect((await inputError(file)).message).toBe(`${file}: empty file: no records`);
    const blank = files.write('blank.json', '  \n\n\t\n');
    expect((await inputError(blank)).message).toBe(`${blank}: empty file: no records`);
  });

  it('rejects a file whose list is empty', async () => {
    expect((await inputError(files.write('none.json', '[]\n'))).message).toMatch(/no records/);
    expect((await inputError(files.write('none-page.json', '{"builds": []}'))).message).toMatch(/no records/);
  });

  it('rejects binary garbage', async () => {
    const garbage = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x10, 0x80]);
    const file = files.write('garbage.bin', garbage);
    expect((await inputError(file)).message).toMatch(/garbage\.bin: binary data/);
    const invalidUtf8 = files.write('latin1.json', Buffer.concat([Buffer.from('[{"who": "'), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from('"}]')]));
    expect((await inputError(invalidUtf8)).message).toMatch(/latin1\.json: not a UTF-8 text file/);
  });

  it('says what to do with gzip and UTF-16 files', async () => {
    expect((await inputError(files.write('x.json.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00])))).message).toMatch(/gzip-compressed/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[{"a":1}]', 'utf16le')]);
    expect((await inputError(files.write('ps.json', utf16))).message).toMatch(/UTF-16/);
  });

  it('rejects text that does not start like JSON', async () => {
    const file = files.write('log.txt', '\n\n2026-06-09 16:48:10 GET /api/session 404\n');
    const error = await inputError(file);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/log\.txt:3: not JSON: .*found "2"$/);
  });

  it('reports a missing file', async () => {
    const file = join(files.dir, 'nope.json');
    expect((await inputError(file)).message).toBe(`${file}: no such file`);
  });
});

/** The V8 collector, so the test can measure what is retained rather than what awaits collection. */
function collector(): () => void {
  setFlagsFromString('--expose_gc');
  return runInNewContext('gc') as () => void;
}

describe('readRecords: streaming', () => {
  it('reads a ~50 MB array of builds in bounded memory', async () => {
    const file = join(files.dir, 'big-builds.json');
    const fd = openSync(file, 'w');
    let count = 0;
    try {
      writeSync(fd, '[\n');
      let size = 0;
      while (size < 50_000_000) {
        const batch: string[] = [];
        for (let i = 0; i < 1000; i++, count++) {
          const build = { ...mergeBuild, id: `00000000-0000-4000-8000-${String(count).padStart(12, '0')}` };
          batch.push((count ? ',\n' : '') + JSON.stringify(build, null, 2));
        }
        const text = batch.join('');
        writeSync(fd, text);
        size += text.length;
      }
      writeSync(fd, '\n]\n');
    } finally {
      closeSync(fd);
    }
    const fileSize = statSync(file).size;
    expect(fileSize).toBeGreaterThan(50_000_000);

    const gc = collector();
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let retained = 0;
    let seen = 0;
    let lastId = '';
    let indexesInOrder = true;
    for await (const record of readRecords(file)) {
      indexesInOrder &&= record.index === seen;
      seen++;
      lastId = (record.value as { id: string }).id;
      if (seen % 10_000 === 0) {
        gc();
        retained = Math.max(retained, process.memoryUsage().heapUsed - baseline);
      }
    }
    rmSync(file);
    expect(indexesInOrder).toBe(true);
    expect(seen).toBe(count);
    expect(lastId).toBe(`00000000-0000-4000-8000-${String(count - 1).padStart(12, '0')}`);
    // A reader that loaded the file would retain more than the file's size in objects.
    expect(retained).toBeLessThan(fileSize / 10);
  });
});
