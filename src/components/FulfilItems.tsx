// Fulfil items: one parcel of this order — which units of each line (all that remain by default),
// its carrier and tracking number, email or not; an order not fully paid asks before it ships.
import React, { useState } from 'react';
import { Box, Button, CheckBox, FormGroup, Input, Label, MessageBox, Table, TableBody, TableCell, TableHead, TableRow, Text } from '@adminjs/design-system';
import { useTranslation, type ActionProps } from 'adminjs';
import { useActionSubmit } from './use-action-submit.js';
import type { OrderDetailsJSON } from './order-types.js';
import { useWords } from './use-words.js';
import { localePhrases, rewordPhrases } from './timeline-words.js';

const remaining = (l: OrderDetailsJSON['lines'][number]) => Math.max(0, l.quantity - l.fulfilledQuantity - l.removedQuantity);

const FulfilItems: React.FC<ActionProps> = (props) => {
  const { record } = props;
  const details = (record as unknown as { details?: OrderDetailsJSON })?.details;
  const p = record?.params ?? {};
  const currency = String(p.currency ?? 'EUR');
  const lines = (details?.lines ?? []).filter((l) => remaining(l) > 0);
  const [quantities, setQuantities] = useState<Record<number, string>>(() => Object.fromEntries(lines.map((l) => [l.id, String(remaining(l))])));
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [notify, setNotify] = useState(true);
  const [confirmUnpaid, setConfirmUnpaid] = useState(false);
  const { busy, error, submit: send } = useActionSubmit(props);
  const { w, money, language } = useWords('FulfilItems');
  const { i18n } = useTranslation();
  if (!details) return <MessageBox variant="danger" message={w('notLoaded', 'This order could not be loaded.')} />;

  const due = p.cancelledAt ? 0 : details.payments.balanceCents;
  const blocked = p.archivedAt ? w('archived', 'This order is archived: unarchive it to ship it.')
    : p.fulfilmentHold ? w('onHold', 'Fulfilment is on hold ({{reason}}): release the hold to ship.', { reason: language === 'fr' ? rewordPhrases(String(p.fulfilmentHold), localePhrases(i18n, language)) : String(p.fulfilmentHold) }) : null;
  const units = lines.reduce((n, l) => n + (/^\d+$/.test(quantities[l.id]?.trim() ?? '') ? Number(quantities[l.id]) : 0), 0);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void send({
      lines: JSON.stringify(lines.filter((l) => (quantities[l.id] ?? '').trim() !== '').map((l) => ({ orderLineId: l.id, quantity: quantities[l.id].trim() }))),
      carrier, trackingNumber: tracking, notifyCustomer: String(notify), confirmUnpaid: String(confirmUnpaid),
    });
  };

  return (
    <Box as="form" onSubmit={submit} variant="white" padding="xl" style={{ maxWidth: 900 }}>
      <Text mb="lg">{w('intro', 'Choose what goes in this parcel. The rest stays to ship in another parcel later.')}</Text>
      {blocked ? <MessageBox mb="lg" variant="danger" message={blocked} /> : null}
      {lines.length === 0 ? <Text mb="lg">{w('nothingLeft', 'Everything on this order has shipped.')}</Text> : (
        <Box mb="xl"><Table>
          <TableHead>
            <TableRow>
              <TableCell>{w('item', 'Item')}</TableCell>
              <TableCell>{w('ordered', 'Ordered')}</TableCell>
              <TableCell>{w('shipped', 'Shipped')}</TableCell>
              <TableCell>{w('toShip', 'Still to ship')}</TableCell>
              <TableCell>{w('inParcel', 'In this parcel')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((l) => (
              <TableRow key={l.id}>
                <TableCell>{l.title}{l.variantTitle ? ` — ${l.variantTitle}` : ''}{l.sku ? ` (${l.sku})` : ''}</TableCell>
                <TableCell>{l.quantity}</TableCell>
                <TableCell>{l.fulfilledQuantity}</TableCell>
                <TableCell>{remaining(l)}</TableCell>
                <TableCell>
                  <Input aria-label={w('units', 'Units of {{title}} in this parcel', { title: l.title })} name={`line-${l.id}`} type="number" min={0} max={remaining(l)} step={1} style={{ width: 90 }}
                    value={quantities[l.id] ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQuantities({ ...quantities, [l.id]: e.target.value })} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table></Box>
      )}
      <Box flex flexDirection="row" style={{ gap: 16, flexWrap: 'wrap' }}>
        <FormGroup style={{ flex: '1 1 240px' }}>
          <Label htmlFor="carrier">{w('carrier', 'Carrier')}</Label>
          <Input id="carrier" width={1} placeholder={w('carrierExample', 'e.g. Colissimo')} value={carrier} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setCarrier(e.target.value)} />
        </FormGroup>
        <FormGroup style={{ flex: '1 1 240px' }}>
          <Label htmlFor="trackingNumber">{w('tracking', 'Tracking number')}</Label>
          <Input id="trackingNumber" width={1} value={tracking} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTracking(e.target.value)} />
        </FormGroup>
      </Box>
      <Box flex flexDirection="row" alignItems="center" mb="xl">
        <CheckBox id="notify" checked={notify} onChange={() => setNotify(!notify)} />
        <Label inline htmlFor="notify" ml="default">{w('notify', 'Email the customer a shipping confirmation')}</Label>
      </Box>
      {due > 0 ? (
        <Box mb="xl" data-testid="unpaid">
          <MessageBox mb="default" variant="warning" message={w('unpaid', 'This order is not fully paid: {{due}} of {{total}} is still due.', { due: money(due, currency), total: money(Number(p.totalCents ?? 0), currency) })} />
          <Box flex flexDirection="row" alignItems="center">
            <CheckBox id="confirmUnpaid" checked={confirmUnpaid} onChange={() => setConfirmUnpaid(!confirmUnpaid)} />
            <Label inline htmlFor="confirmUnpaid" ml="default">{w('confirmUnpaid', 'Ship it anyway, before it is paid')}</Label>
          </Box>
        </Box>
      ) : null}
      {error ? <MessageBox mb="lg" variant="danger" message={error} /> : null}
      <Button type="submit" variant="contained" disabled={busy || !!blocked || units <= 0 || (due > 0 && !confirmUnpaid)}>
        {busy ? w('working', 'Shipping…') : units === 1 ? w('submitOne', 'Ship 1 item') : w('submit', 'Ship {{count}} items', { count: units })}
      </Button>
    </Box>
  );
};

export default FulfilItems;
