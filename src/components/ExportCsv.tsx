// Download the list as CSV: the selection, the list as currently filtered, or everything.
import React, { useState } from 'react';
import { Box, Button, CheckBox, FormGroup, Input, Label, Text } from '@adminjs/design-system';
import { useTranslation, type ActionProps } from 'adminjs';
import { useWords } from './use-words.js';

const ExportCsv: React.FC<ActionProps> = ({ resource, records }) => {
  const { translateLabel } = useTranslation();
  const { w } = useWords('ExportCsv');
  const [excel, setExcel] = useState(false);
  const [columns, setColumns] = useState('');
  const root = window.location.pathname.split('/resources/')[0];
  // The list's filters travel in the address when the action is opened from a filtered list.
  const filters = [...new URLSearchParams(window.location.search)].filter(([k]) => k.startsWith('filters.'));
  const params = new URLSearchParams(filters);
  if (records?.length) params.set('ids', records.map((r) => r.id).join(','));
  if (excel) params.set('excel', '1');
  if (columns.trim()) params.set('columns', columns.trim());
  const href = `${root}/api/export/${encodeURIComponent(resource.id)}.csv?${params}`;
  const what = records?.length ? w('selected', '{{n}} selected', { n: records.length }) : filters.length ? w('filtered', 'the filtered list') : w('everything', 'everything');
  return (
    <Box variant="white" padding="xl" style={{ maxWidth: 720 }}>
      <Text mb="xl">{w('intro', '{{resource}}: {{what}}. The file starts downloading at once, however long the list.', { resource: translateLabel(resource.id, resource.id), what })}</Text>
      <Box flex flexDirection="row" alignItems="center" mb="lg">
        <CheckBox id="excel" checked={excel} onChange={() => setExcel(!excel)} />
        <Label inline htmlFor="excel" ml="default">{w('excel', 'For Excel (semicolons, BOM)')}</Label>
      </Box>
      <FormGroup>
        <Label htmlFor="columns">{w('columns', 'Only these columns (optional, comma-separated headers)')}</Label>
        <Input id="columns" width={1} placeholder="Name, Email, Total" value={columns} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setColumns(e.target.value)} />
      </FormGroup>
      <Button as="a" variant="contained" href={href} download>{w('download', 'Download CSV')}</Button>
    </Box>
  );
};

export default ExportCsv;
