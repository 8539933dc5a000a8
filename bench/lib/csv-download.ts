// One CSV download over HTTP, read to the end as a client would, with its rows and orders counted.
// The count is a byte scanner (quotes, delimiters, line ends), not a CSV parser: a full parse of a
// million-order file costs the benchmark's process more than the server's export, and on a shared
// machine that would slow the very download it measures.

export interface CsvDownload {
  /** Records after the header. */
  rows: number;
  /** Distinct orders: runs of rows with the same "Name" (an export lists an order's lines together). */
  orders: number;
  bytes: number;
  /** From the request to the last byte. */
  seconds: number;
  /** From the request to the response headers (the server reads its first page before answering). */
  firstByteMs: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export async function downloadCsv(url: string, cookie: string): Promise<CsvDownload> {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  if (res.status !== 200 || !res.body) throw new Error(`export failed: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  const firstByteMs = performance.now() - started;
  const delimiter = (res.url.includes('excel=1') ? ';' : ',').charCodeAt(0);

  let bytes = 0;
  let records = 0; // header included
  let orders = 0;
  let inQuotes = false;
  let field = 0;
  let recordHasBytes = false;
  let header: number[] | null = []; // the first record's bytes, until its end
  let nameField = -1;
  let name: number[] = [];
  let previousName = '';
  const endRecord = () => {
    if (header) {
      nameField = headerFields(header, delimiter).indexOf('Name');
      header = null;
    } else if (nameField >= 0) {
      const current = String.fromCharCode(...name);
      if (current !== previousName) orders++;
      previousName = current;
    }
    records++;
    field = 0;
    name = [];
    recordHasBytes = false;
  };
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (header) header.push(b);
      if (b === QUOTE) inQuotes = !inQuotes; // "" inside a quoted field toggles twice
      else if (!inQuotes && b === LF) {
        endRecord();
        continue;
      } else if (!inQuotes && b === delimiter) {
        field++;
        recordHasBytes = true;
        continue;
      }
      recordHasBytes = true;
      if (field === nameField && b !== QUOTE && b !== CR) name.push(b);
    }
  }
  if (recordHasBytes) endRecord(); // no line end after the last record
  return { rows: Math.max(0, records - 1), orders, bytes, seconds: (performance.now() - started) / 1000, firstByteMs };
}

function headerFields(bytes: number[], delimiter: number): string[] {
  const text = Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
  return text.split(String.fromCharCode(delimiter)).map((h) => h.replace(/^"|"$/g, '').replace(/""/g, '"'));
}
