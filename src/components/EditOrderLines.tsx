// Edit an order's lines: new quantities (0 removes an untouched line) and items added by SKU.
import React, { useState } from 'react';
import { Box, Button, FormGroup, Input, Label, MessageBox, Table, TableBody, TableCell, TableHead, TableRow, Text } from '@adminjs/design-system';
import { ApiClient, type ActionProps, type RecordJSON } from 'adminjs';
import { useActionSubmit } from './use-action-submit.js';
import type { OrderDetailsJSON } from './order-types.js';
import { useWords } from './use-words.js';

const api = new ApiClient();

const EditOrderLines: React.FC<ActionProps> = (props) => {
  const { record } = props;
  const details = (record as unknown as { details?: OrderDetailsJSON })?.details;
  const currency = String(record?.params.currency ?? 'EUR');
  const [quantities, setQuantities] = useState<Record<number, string>>({});
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<RecordJSON[]>([]);
  const [added, setAdded] = useState<Array<{ id: string; label: string; quantity: string }>>([]);
  const { busy, error, submit: send } = useActionSubmit(props);
  const { w, money } = useWords('EditOrderLines');
  if (!details) return <MessageBox variant="danger" message={w('notLoaded', 'This order could not be loaded.')} />;

  const search = async (text: string) => {
    setQuery(text);
    setFound(text.trim().length < 2 ? [] : await api.searchRecords({ resourceId: 'InventoryItem', query: text.trim() }));
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void send({
      changes: JSON.stringify(Object.entries(quantities).filter(([, q]) => q !== '').map(([id, q]) => ({ orderLineId: Number(id), quantity: q }))),
      add: JSON.stringify(added.map((a) => ({ inventoryItemId: Number(a.id), quantity: a.quantity }))),
    });
  };

  return (
    <Box as="form" onSubmit={submit} variant="white" padding="xl" style={{ maxWidth: 900 }}>
      <Table mb="xl">
        <TableHead><TableRow><TableCell>{w('item', 'Item')}</TableCell><TableCell>{w('price', 'Price')}</TableCell><TableCell>{w('floor', 'Shipped or refunded')}</TableCell><TableCell>{w('quantity', 'Quantity')}</TableCell></TableRow></TableHead>
        <TableBody>
          {details.lines.map((l) => {
            const floor = l.fulfilledQuantity + l.removedQuantity;
            return (
              <TableRow key={l.id}>
                <TableCell>{l.title}{l.sku ? ` (${l.sku})` : ''}</TableCell>
                <TableCell>{money(l.unitPriceCents, currency)}</TableCell>
                <TableCell>{floor || ''}</TableCell>
                <TableCell>
                  <Input aria-label={w('quantityOf', 'Quantity of {{title}}', { title: l.title })} type="number" min={floor} style={{ width: 90 }} placeholder={String(l.quantity)}
                    value={quantities[l.id] ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQuantities({ ...quantities, [l.id]: e.target.value })} />
                </TableCell>
              </TableRow>
            );
          })}
          {added.map((a, i) => (
            <TableRow key={`add-${a.id}`}>
              <TableCell>{`+ ${a.label}`}</TableCell>
              <TableCell />
              <TableCell />
              <TableCell>
                <Input aria-label={w('quantityOfAdded', 'Quantity of added {{title}}', { title: a.label })} type="number" min={1} style={{ width: 90 }} value={a.quantity}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setAdded(added.map((x, j) => (j === i ? { ...x, quantity: e.target.value } : x)))} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <FormGroup>
        <Label htmlFor="add-sku">{w('add', 'Add an item (search by SKU)')}</Label>
        <Input id="add-sku" width={1} value={query} placeholder={w('addPlaceholder', 'e.g. MUG-RED')} onChange={(e: React.ChangeEvent<HTMLInputElement>) => void search(e.target.value)} />
        {found.slice(0, 8).map((r) => (
          <Button key={r.id} type="button" variant="text" size="sm" mr="sm" mt="sm"
            onClick={() => { setAdded([...added.filter((a) => a.id !== r.id), { id: r.id, label: r.title, quantity: '1' }]); setFound([]); setQuery(''); }}>
            {`+ ${r.title}`}
          </Button>
        ))}
      </FormGroup>
      <Text mb="lg" color="grey60">{w('help', 'Stock commitments and totals follow the change; the order page then shows any balance due or refund owed.')}</Text>
      {error ? <MessageBox mb="lg" variant="danger" message={error} /> : null}
      <Button type="submit" variant="contained" disabled={busy}>{busy ? w('saving', 'Saving…') : w('save', 'Save changes')}</Button>
    </Box>
  );
};

export default EditOrderLines;
