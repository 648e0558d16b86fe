// Bad and huge inputs for tests/e2e/bad-input.test.mjs, generated at run
// time (nothing large is committed): what a new user might paste or drop.
// Every generator is deterministic (a seeded PRNG), so a failure repeats.
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

/** A small seeded PRNG (mulberry32): numbers in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomBytes(n, seed = 1) {
  const r = rng(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(r() * 256);
  return out;
}

/** A made-up news story of about 3 KB; `who` is the name it is about. */
export function story(who = 'Marlow') {
  return [
    `${who} opens the new harbour bridge after four years of work`,
    `The new harbour bridge opened to traffic on Saturday morning, four years after work began on the northern bank.`,
    `Mayor ${who} cut the ribbon in front of about two thousand residents who had gathered since dawn.`,
    `The bridge cost 410 million dollars, about sixty million more than the city had planned in its first budget.`,
    `Engineers said the main span of 480 metres makes it the longest of its kind in the region.`,
    `${who} told the crowd that the bridge would cut the drive from the old town to the airport by twenty minutes.`,
    `Ferry operators, who carried most of the traffic across the harbour until now, have asked the city for help.`,
    `The largest ferry company said it would reduce its crossings from forty a day to twelve from next month.`,
    `Cyclists will be able to use a separate lane on the eastern side, protected from cars by a concrete barrier.`,
    `A toll of two dollars will be charged for cars during the first ten years, to pay back part of the loans.`,
    `Residents of the northern bank complained about noise during the construction, which often went on at night.`,
    `The city said it would plant three hundred trees along the approach roads before the end of the year.`,
    `Traffic police expect queues during the first weeks, as drivers get used to the new junctions on both banks.`,
    `${who} thanked the workers, nine of whom were injured during the four years of construction.`,
    `An exhibition about the building of the bridge will open at the city museum next month.`,
    `The old swing bridge upstream will stay open for pedestrians and will be repaired in the spring.`,
  ].join('\n');
}

/** The seed story repeated to about `bytes`, one name numbered per copy (the quadratic case of issue 12). */
export function repeatedStory(bytes) {
  const parts = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const s = story(`Marlow${n}`);
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join('\n');
}

/** `n` small distinct articles (two sentences each), as a list. */
export function smallArticles(n) {
  return Array.from({ length: n }, (_, i) => ({
    title: `Report ${i} from the harbour office`,
    text: `Boat ${i} reached harbour ${i % 31} on day ${i % 365} with ${(i * 7) % 300} people aboard. The harbour master said crew ${i} had sailed from port ${i % 17} in calm weather.`,
  }));
}

/** About `bytes` of words with no punctuation at all. */
export function wordsWithoutPunctuation(bytes) {
  const words = ['river', 'council', 'budget', 'harbour', 'vote', 'bridge', 'market', 'school'];
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const w = `${words[i % words.length]}${i % 97}`;
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(' ');
}

/** `n` lines of one word each. */
export const oneWordLines = (n) => Array.from({ length: n }, (_, i) => `word${i % 1000}`).join('\n');

/** Right-to-left text (Arabic and Hebrew) with bidi controls: embeddings, overrides, isolates, marks. */
export function rtlText() {
  return [
    '\u202bافتتح المجلس البلدي الجسر الجديد فوق الميناء يوم السبت بعد أربع سنوات من العمل.\u202c',
    'وقال رئيس البلدية إن الجسر سيختصر الطريق من المدينة القديمة إلى المطار بعشرين دقيقة.\u200f',
    '\u2067תושבי הגדה הצפונית התלוננו על הרעש בזמן הבנייה שנמשכה לעיתים קרובות בלילה.\u2069',
    '\u202eThe city said the toll of 2 dollars will pay back part of the loans over ten years.\u202c',
    'The bridge cost \u2066410\u2069 million dollars, about sixty million more than the city had planned.\u200e',
  ].join('\n');
}

/** Emoji, ZWJ sequences, flags, skin tones and keycaps inside ordinary sentences. */
export function emojiText() {
  return [
    'The family 👨‍👩‍👧‍👦 crossed the new harbour bridge on Saturday morning with about two thousand residents.',
    'A firefighter 🧑🏽‍🚒 and a cyclist 🚴‍♀️ cut the ribbon together after four years of work on the bridge.',
    'Flags 🇳🇴🇯🇵🏳️‍🌈 flew from the towers while a brass band played on the northern bank of the harbour.',
    'The toll is 2️⃣ dollars for cars during the first ten years, the city said in a statement on Friday.',
    'Residents said the noise 😤 during construction often went on at night, which the city denied ❤️‍🔥.',
  ].join('\n');
}

/** One article mixing scripts: Latin, Cyrillic, Greek, CJK, Devanagari, Thai, combining marks. */
export function mixedScripts() {
  return [
    'The new harbour bridge opened on Saturday after four years of work, the city said.',
    'Новый мост через гавань открылся в субботу после четырёх лет строительства, сообщили в городе.',
    'Η νέα γέφυρα του λιμανιού άνοιξε το Σάββατο μετά από τέσσερα χρόνια εργασιών.',
    '新しい港の橋は四年間の工事の後、土曜日に開通したと市は発表した。',
    'नया बंदरगाह पुल चार साल के काम के बाद शनिवार को खुला, शहर ने कहा।',
    'สะพานท่าเรือแห่งใหม่เปิดใช้งานเมื่อวันเสาร์หลังจากการก่อสร้างสี่ปี',
    'Zalgo te\u0301\u0302\u0303\u0304\u0305xt and cafe\u0301 sit in the same paragraph as the bridge report.',
  ].join('\n');
}

/** A small valid-looking PDF: a catalog, a page, a deflated content stream and an embedded font. */
export function pdfBytes() {
  const content = deflateSync(Buffer.from(Array.from({ length: 60 }, (_, i) => `BT /F1 12 Tf 72 ${760 - i * 12} Td (Line ${i} of the harbour bridge report) Tj ET`).join('\n')));
  const font = deflateSync(Buffer.from(randomBytes(16000, 7)));
  const chunks = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  const size = () => chunks.reduce((n, c) => n + c.length, 0);
  const obj = (n, head, stream) => {
    offsets[n] = size();
    chunks.push(Buffer.from(`${n} 0 obj\n${head}\n`, 'latin1'));
    if (stream) chunks.push(Buffer.from('stream\n'), stream, Buffer.from('\nendstream\n'));
    chunks.push(Buffer.from('endobj\n'));
  };
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>');
  obj(4, `<< /Length ${content.length} /Filter /FlateDecode >>`, content);
  obj(5, '<< /Type /Font /Subtype /TrueType /BaseFont /Example /FontFile2 6 0 R >>');
  obj(6, `<< /Length ${font.length} /Filter /FlateDecode >>`, font);
  const xref = size();
  const lines = ['xref', '0 7', '0000000000 65535 f '];
  for (let n = 1; n <= 6; n++) lines.push(`${String(offsets[n]).padStart(10, '0')} 00000 n `);
  lines.push('trailer', '<< /Size 7 /Root 1 0 R >>', 'startxref', String(xref), '%%EOF', '');
  chunks.push(Buffer.from(lines.join('\n'), 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

/** A ZIP archive of `files` ({name: content}), deflated, as DOCX/ODT/EPUB are. */
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content);
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** A minimal DOCX: content types, the package relationship and a document of a few paragraphs. */
export function docxBytes() {
  const paragraphs = story('Marlow').split('\n').map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');
  return zip({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  });
}

/** A valid 64x64 RGB PNG of noise. */
export function pngBytes() {
  const chunk = (type, data) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const w = 64;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(w, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const noise = randomBytes(w * 3, 11);
  const rows = Buffer.concat(Array.from({ length: w }, (_, y) => Buffer.concat([Buffer.from([0]), Buffer.from(noise.map((b) => (b + y * 37) & 255))])));
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]));
}

/** Bytes as a reader's tool that assumes UTF-8 would turn them into text. */
export const asUtf8 = (bytes) => new TextDecoder().decode(bytes);
