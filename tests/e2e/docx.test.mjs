// The hand-made Word files of docx.mjs, read back by another zip reader: python3's zipfile
// (every CRC checked, names UTF-8) and xml.etree (document.xml well formed, its text as written).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { crc32, makeDocx, makeZip } from './docx.mjs';

/**
 * What python3 reads in the zip `bytes` (given on stdin): testzip(), each entry's name,
 * method and flags, and for word/document.xml its paragraphs' texts in the body (a table as
 * rows of cells' texts) and the raw XML.
 */
const READ = String.raw`
import io, json, sys, zipfile
import xml.etree.ElementTree as ET
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
out = {'testzip': z.testzip(), 'entries': [
  {'name': i.filename, 'method': i.compress_type, 'flags': i.flag_bits, 'size': i.file_size} for i in z.infolist()]}
def text(p):
  return ''.join(t.text or '' for t in p.iter(W + 't'))
if 'word/document.xml' in z.namelist():
  xml = z.read('word/document.xml').decode('utf-8')
  body = ET.fromstring(xml).find(W + 'body')
  blocks = []
  for e in body:
    if e.tag == W + 'p': blocks.append(text(e))
    elif e.tag == W + 'tbl': blocks.append({'table': [[[text(p) for p in tc.findall(W + 'p')] for tc in tr.findall(W + 'tc')] for tr in e.findall(W + 'tr')]})
  out['xml'] = xml
  out['blocks'] = blocks
for name in ('[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels'):
  if name in z.namelist(): ET.fromstring(z.read(name))
json.dump(out, sys.stdout)
`;

const read = (bytes) => JSON.parse(execFileSync('python3', ['-c', READ], { input: bytes, encoding: 'utf8' }));

describe('hand-made .docx files', () => {
  test('crc32 is the zip one', () => {
    assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
    assert.equal(crc32(Buffer.alloc(0)), 0);
  });

  test('a document of paragraphs and a table reads back whole in python3', () => {
    const docx = makeDocx([
      '连云港市2023年上半年民生实事项目进展情况',
      'A & B <c> "d" \'e\'',
      '第一行\n第二行',
      { table: [['项目', '进展'], ['城区道路  改造', '已完成 & 验收'], ['只有一格']] },
    ]);
    const got = read(docx);
    assert.equal(got.testzip, null);
    assert.deepEqual(got.entries.map((e) => e.name), [
      '[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels',
    ]);
    for (const e of got.entries) {
      assert.equal(e.method, 8, e.name);
      assert.equal(e.flags & 0x0800, 0x0800, e.name);
    }
    assert.deepEqual(got.blocks, [
      '连云港市2023年上半年民生实事项目进展情况',
      'A & B <c> "d" \'e\'',
      '第一行',
      '第二行',
      { table: [[['项目'], ['进展']], [['城区道路  改造'], ['已完成 & 验收']], [['只有一格'], ['']]] },
      '',
    ]);
    assert.ok(got.xml.includes('<w:t xml:space="preserve">A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;</w:t>'));
    assert.match(got.xml, /<w:tbl>.*<w:tr>.*<w:tc>.*<w:p>.*<\/w:tbl>/s);
    assert.ok(got.xml.includes('连云港市2023年上半年'), 'Chinese is written as is');
  });

  test('text with & < > survives the XML both ways', () => {
    const text = '<w:t>&amp; x < y > z &</w:t>';
    const got = read(makeDocx([text, { table: [[text]] }]));
    assert.deepEqual(got.blocks.slice(0, 2), [text, { table: [[[text]]] }]);
    assert.ok(!got.xml.includes(text), 'the text is escaped in the XML');
  });

  test('makeZip writes any files: UTF-8 names, stored or deflated, no document.xml', () => {
    const zip = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: '目录/通报.txt', data: Buffer.from('通报', 'utf8'), method: 0 },
      { name: 'empty', data: '' },
    ]);
    const got = read(zip);
    assert.equal(got.testzip, null);
    assert.deepEqual(got.entries, [
      { name: '[Content_Types].xml', method: 8, flags: 0x0800, size: 8 },
      { name: '目录/通报.txt', method: 0, flags: 0x0800, size: 6 },
      { name: 'empty', method: 8, flags: 0x0800, size: 0 },
    ]);
    assert.equal(got.blocks, undefined);
    assert.equal(read(makeZip([])).entries.length, 0);
  });
});
