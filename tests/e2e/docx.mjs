// Word files for the end-to-end tests, made by hand with nothing but node:zlib: a minimal
// .docx (a zip of [Content_Types].xml, _rels/.rels, word/document.xml and
// word/_rels/document.xml.rels) from paragraphs and tables, and the zip writer under it, so
// that a test can also build a hostile file (no word/document.xml, broken XML, and so on).
import { Buffer } from 'node:buffer';
import { deflateRawSync } from 'node:zlib';

/** CRC-32 (IEEE 802.3, the one zip uses), table-driven. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of `bytes` (a Buffer or Uint8Array), as an unsigned 32-bit number. */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** 1980-01-01 00:00:00 in MS-DOS form: every file made here is the same, byte for byte. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** General purpose flag bit 11: names (and comments) are UTF-8. */
const UTF8_NAMES = 0x0800;

/**
 * A zip archive of `files`, in order: `name` (UTF-8, '/' between folders) and `data` (a
 * Buffer, or a string written as UTF-8). Each is deflated (method 8) unless `method: 0` asks
 * for it stored. Local headers, central directory and end record are written in full, with
 * the UTF-8 names flag set; no zip64, so no more than 65535 files of under 4 GiB.
 */
export function makeZip(files) {
  if (files.length > 0xffff) throw new RangeError('makeZip: more than 65535 files needs zip64');
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, method = 8 } of files) {
    if (method !== 0 && method !== 8) throw new RangeError(`makeZip: method ${method} is neither 0 nor 8`);
    const nameBytes = Buffer.from(name, 'utf8');
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    const packed = method === 8 ? deflateRawSync(raw) : raw;
    if (raw.length > 0xfffffffe || packed.length > 0xfffffffe || offset > 0xfffffffe) {
      throw new RangeError(`makeZip: ${name} needs zip64`);
    }
    const crc = crc32(raw);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(20, 4); // version needed to extract: 2.0 (deflate)
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    locals.push(local, nameBytes, packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header signature
    central.writeUInt16LE(20, 4); // version made by: 2.0, MS-DOS attributes
    central.writeUInt16LE(20, 6); // version needed to extract
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // 30 extra length, 32 comment length, 34 disk number, 36 internal attrs, 38 external attrs: 0
    central.writeUInt32LE(offset, 42); // offset of the local header
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  // 4 number of this disk, 6 disk where the directory starts: 0
  end.writeUInt16LE(files.length, 8); // entries on this disk
  end.writeUInt16LE(files.length, 10); // entries in all
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16); // where the central directory starts
  // 20 comment length: 0
  return Buffer.concat([...locals, directory, end]);
}

/** `text` escaped for XML text and attribute values: & < > " ' as entities. */
export function escapeXml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The lines of `text`: split at \n (a \r\n or lone \r counts as one). */
const lines = (text) => String(text).split(/\r\n|\r|\n/);

/** One w:p holding `line` in one run (bold when `bold`); an empty line is an empty paragraph. */
function paragraph(line, { bold = false } = {}) {
  if (line === '') return '<w:p/>';
  const props = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p><w:r>${props}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`;
}

/** A w:tbl of `rows` (cell texts), the first row the header (repeated on each page, bold). */
function table(rows) {
  if (!Array.isArray(rows) || rows.length === 0) throw new TypeError('makeDocx: a table needs at least one row');
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const border = (side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  const grid = '<w:gridCol w:w="2000"/>'.repeat(columns);
  const body = rows.map((row, r) => {
    const header = r === 0;
    const cells = Array.from({ length: columns }, (_, c) => {
      const text = row[c] ?? '';
      return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${lines(text).map((line) => paragraph(line, { bold: header })).join('')}</w:tc>`;
    }).join('');
    return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells}</w:tr>`;
  }).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr>`
    + `<w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

/** word/document.xml for `blocks` (see makeDocx). */
export function documentXml(blocks) {
  const body = blocks.map((block) => {
    if (typeof block === 'string') return lines(block).map((line) => paragraph(line)).join('');
    if (block && Array.isArray(block.table)) return table(block.table);
    throw new TypeError(`makeDocx: a block is a string or { table: [[...], ...] }, not ${JSON.stringify(block)}`);
  });
  // Word keeps a paragraph after a table that ends the body; write one as Word would.
  const last = blocks[blocks.length - 1];
  if (last === undefined || typeof last !== 'string') body.push('<w:p/>');
  return `${XML_DECL}<w:document xmlns:w="${W}"><w:body>${body.join('')}`
    + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"'
    + ' w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>';
}

const CONTENT_TYPES = `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  + '</Types>';

const ROOT_RELS = `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
  + '</Relationships>';

/** The document has no styles, images or links: its relationships part is empty (Word accepts it absent too). */
const DOCUMENT_RELS = `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`;

/**
 * The parts of the .docx makeDocx makes, as makeZip takes them: a test that wants a damaged
 * file can drop, replace or add one and zip the rest itself.
 */
export function docxParts(blocks) {
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/document.xml', data: documentXml(blocks) },
    { name: 'word/_rels/document.xml.rels', data: DOCUMENT_RELS },
  ];
}

/**
 * A minimal Word .docx (a Buffer) with `blocks` in order, each
 * - a string: its text as paragraphs — every line (split at \n, \r\n or \r) is a paragraph
 *   of its own, an empty line an empty paragraph; or
 * - `{ table: [[cell, ...], ...] }`: a bordered table of those rows, the first the header
 *   (bold, repeated on each page); a cell's text is split into paragraphs the same way, and a
 *   row shorter than the longest is filled with empty cells.
 * Text is escaped (& < > " '), written as UTF-8 (Chinese as is) with spaces kept. Text is
 * not otherwise filtered: control characters that XML forbids make a file Word refuses.
 */
export function makeDocx(blocks) {
  return makeZip(docxParts(blocks));
}
