// Import products from a CSV: pick the file, "Check file" lists every problem (or what would change),
// then "Import" writes it all in one go. A file with any problem writes nothing.
import React, { useRef, useState } from 'react';
import { Box, Button, H4, Label, MessageBox, Table, TableBody, TableCell, TableHead, TableRow, Text } from '@adminjs/design-system';
import { ApiClient, useNotice, type ActionProps } from 'adminjs';
import { useWords } from './use-words.js';

const api = new ApiClient();
const MAX_BYTES = 10 * 1024 * 1024; // the admin's upload limit

interface Report {
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  stockChanges: number;
  errors: Array<{ row: number; column: string | null; message: string }>;
  errorCount: number;
  applied: boolean;
}
interface Answer {
  report?: Report;
  listUrl?: string;
  notice?: { message: string; type: string };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const ImportProducts: React.FC<ActionProps> = ({ resource, action }) => {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [checked, setChecked] = useState<File | null>(null);
  const addNotice = useNotice();
  const { w } = useWords('ImportProducts');
  /** "1 row", "3 rows" (the English plural), or the language's own. */
  const count = (n: number, word: string) => (n === 1 ? w(`${word}One`, plural(n, word)) : w(`${word}Many`, plural(n, word), { n }));
  const summary = (r: Report, done: boolean) =>
    [
      done ? w('created', '{{n}} created', { n: r.creates }) : w('toCreate', '{{n}} to create', { n: r.creates }),
      done ? w('updated', '{{n}} updated', { n: r.updates }) : w('toUpdate', '{{n}} to update', { n: r.updates }),
      w('unchanged', '{{n}} unchanged', { n: r.unchanged }),
    ].join(', ') + (done ? w('stockChanged', '; stock changed on {{items}}.', { items: count(r.stockChanges, 'item') }) : w('stockChanges', '; stock changes on {{items}}.', { items: count(r.stockChanges, 'item') }));

  const send = async (dryRun: boolean) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setAnswer({ notice: { message: w('tooBig', 'The file is {{size}} MB; at most 10 MB can be uploaded. Split it into several files.', { size: (file.size / 1024 / 1024).toFixed(1) }), type: 'error' } });
      return;
    }
    setBusy(dryRun ? 'check' : 'import');
    const data = new FormData();
    data.set('file', file);
    data.set('dryRun', String(dryRun));
    let result: Answer;
    try {
      result = (await api.resourceAction({ resourceId: resource.id, actionName: action.name, data })).data as Answer;
    } catch (e) {
      result = (e as { response?: { data?: Answer } }).response?.data ?? { notice: { message: w('unreadable', 'The server could not read the file; nothing was imported.'), type: 'error' } };
    }
    setBusy(null);
    setAnswer(result);
    setChecked(dryRun && result.report && result.report.errorCount === 0 ? file : null);
    if (!dryRun && result.notice) addNotice(result.notice as Parameters<typeof addNotice>[0]);
  };

  const report = answer?.report;
  const done = Boolean(report?.applied);
  const listUrl = answer?.listUrl ?? window.location.pathname.replace(/\/actions\/[^/]+$/, '');
  return (
    <Box variant="white" padding="xl" style={{ maxWidth: 960 }}>
      <Text mb="lg">
        {w('intro', 'Upload a CSV with the columns of the product export (Handle, Title, Status, Vendor, Type, Category, SKU, Barcode, Price, Compare At Price, Tags, Description, On hand); leave out a column to keep that field as it is. A row whose handle (or else SKU) is known updates that product; any other row creates one. "On hand" sets the stock to that figure.')}
      </Text>
      <Text mb="xl" color="grey60">{w('nothingWritten', 'Nothing is written until you press Import, and a file with any problem imports nothing. Files from Excel (semicolons) are fine.')}</Text>
      <Box flex flexDirection="row" alignItems="center" mb="xl">
        <Label htmlFor="import-file" mb="0" mr="lg">{w('file', 'CSV file')}</Label>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          disabled={Boolean(busy)}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setAnswer(null);
            setChecked(null);
          }}
        />
      </Box>
      {done ? null : (
        <Box flex flexDirection="row" alignItems="center" mb="xl">
          <Button type="button" variant={checked ? 'outlined' : 'contained'} mr="default" disabled={!file || Boolean(busy)} onClick={() => void send(true)}>
            {busy === 'check' ? w('checking', 'Checking…') : w('check', 'Check file')}
          </Button>
          <Button type="button" variant="contained" disabled={!checked || checked !== file || Boolean(busy)} onClick={() => void send(false)}>
            {busy === 'import' ? w('importing', 'Importing…') : checked && report ? w('importRows', 'Import {{rows}}', { rows: count(report.rows, 'row') }) : w('import', 'Import')}
          </Button>
        </Box>
      )}
      {answer?.notice && !report?.errorCount && !done ? <MessageBox mb="xl" variant="danger" message={answer.notice.message} /> : null}
      {report && report.errorCount > 0 ? (
        <Box mb="xl">
          <MessageBox
            mb="lg"
            variant="danger"
            message={report.errorCount === 1
              ? w('oneProblem', '{{problems}} in {{file}}; nothing was imported. Fix it in the spreadsheet, save, and check the file again.', { problems: count(1, 'problem'), file: file?.name ?? w('theFile', 'the file') })
              : w('problems', '{{problems}} in {{file}}; nothing was imported. Fix them in the spreadsheet, save, and check the file again.', { problems: count(report.errorCount, 'problem'), file: file?.name ?? w('theFile', 'the file') })}
          />
          <Table data-testid="import-errors">
            <TableHead>
              <TableRow>
                <TableCell style={{ width: 70 }}>{w('row', 'Row')}</TableCell>
                <TableCell style={{ width: 160 }}>{w('column', 'Column')}</TableCell>
                <TableCell>{w('problem', 'Problem')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.errors.map((e, i) => (
                <TableRow key={`${e.row}-${i}`}>
                  <TableCell>{e.row}</TableCell>
                  <TableCell>{e.column ?? '—'}</TableCell>
                  <TableCell>{e.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {report.errorCount > report.errors.length ? <Text mt="default" color="grey60">{w('more', '… and {{n}} more.', { n: report.errorCount - report.errors.length })}</Text> : null}
        </Box>
      ) : null}
      {report && report.errorCount === 0 ? (
        <Box mb="xl" data-testid="import-summary">
          {done ? <MessageBox mb="lg" variant="success" message={w('imported', 'Imported {{rows}}.', { rows: count(report.rows, 'row') })} /> : <H4>{w('checked', '{{rows}} checked, no problems', { rows: count(report.rows, 'row') })}</H4>}
          <Text>{summary(report, done)}</Text>
        </Box>
      ) : null}
      {done ? <Button as="a" variant="contained" href={listUrl}>{w('back', 'Back to products')}</Button> : null}
    </Box>
  );
};

export default ImportProducts;
