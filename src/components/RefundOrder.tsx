// Refund form: how many units of each line, shipping, restock or not, reason, email or not.
import React, { useState } from 'react';
import { Box, Button, CheckBox, FormGroup, Input, Label, MessageBox, Table, TableBody, TableCell, TableHead, TableRow, Text } from '@adminjs/design-system';
import type { ActionProps } from 'adminjs';
import { useActionSubmit } from './use-action-submit.js';
import { amountToDecimal } from '../shared/money-format.js';
import { refundForUnits } from '../shared/line-refund.js';
import type { OrderDetailsJSON } from './order-types.js';
import { useWords } from './use-words.js';

const RefundOrder: React.FC<ActionProps> = (props) => {
  const { record } = props;
  const details = (record as unknown as { details?: OrderDetailsJSON })?.details;
  const currency = String(record?.params.currency ?? 'EUR');
  const [quantities, setQuantities] = useState<Record<number, string>>({});
  const [shipping, setShipping] = useState('');
  const [restock, setRestock] = useState(true);
  const [notify, setNotify] = useState(true);
  const [reason, setReason] = useState('');
  const { busy, error, submit: send } = useActionSubmit(props);
  const { w, money, language } = useWords('RefundOrder');
  if (!details) return <MessageBox variant="danger" message={w('notLoaded', 'This order could not be loaded.')} />;

  const lines = details.lines.filter((l) => l.refundable > 0);
  const units = (id: number) => Number(quantities[id] || 0);
  const unitsRefund = (l: (typeof lines)[number], count: number) => refundForUnits({ paidCents: l.paidCents, refundedCents: l.refundedCents, held: l.refundable }, count);
  const estimate = lines.reduce((n, l) => n + unitsRefund(l, Number.isInteger(units(l.id)) ? units(l.id) : 0), 0) + Math.round(Number(shipping.replace(',', '.') || 0) * 100);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void send({
      lines: JSON.stringify(lines.filter((l) => quantities[l.id]).map((l) => ({ orderLineId: l.id, quantity: quantities[l.id] }))),
      shipping, restock: String(restock), notifyCustomer: String(notify), reason,
    });
  };

  return (
    <Box as="form" onSubmit={submit} variant="white" padding="xl" style={{ maxWidth: 900 }}>
      <Text mb="lg">{w('upTo', 'Up to {{amount}} can be refunded on this order.', { amount: money(details.payments.refundableCents, currency) })}</Text>
      <Table mb="xl">
        <TableHead>
          <TableRow>
            <TableCell>{w('item', 'Item')}</TableCell>
            <TableCell>{w('price', 'Price')}</TableCell>
            <TableCell>{w('ordered', 'Ordered')}</TableCell>
            <TableCell>{w('refundable', 'Refundable')}</TableCell>
            <TableCell>{w('refund', 'Refund')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((l) => (
            <TableRow key={l.id}>
              <TableCell>{l.title}{l.variantTitle ? ` — ${l.variantTitle}` : ''}{l.sku ? ` (${l.sku})` : ''}</TableCell>
              <TableCell>
                {money(l.unitPriceCents, currency)}
                {/* what one unit gives back when discounts or tax make it differ from the price */}
                {unitsRefund(l, 1) !== l.unitPriceCents && (
                  <Text variant="sm" color="grey60">{w('paidEach', 'paid {{amount}} each (discounts and tax included)', { amount: money(unitsRefund(l, 1), currency) })}</Text>
                )}
              </TableCell>
              <TableCell>{l.quantity}</TableCell>
              <TableCell>{l.refundable}</TableCell>
              <TableCell>
                <Input aria-label={w('units', 'Units of {{title}} to refund', { title: l.title })} name={`line-${l.id}`} type="number" min={0} max={l.refundable} style={{ width: 90 }}
                  value={quantities[l.id] ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQuantities({ ...quantities, [l.id]: e.target.value })} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <FormGroup>
        <Label htmlFor="shipping">{w('shipping', 'Shipping to refund ({{currency}}, up to {{amount}})', { currency, amount: language === 'fr' ? amountToDecimal(details.payments.refundableShippingCents, currency).replace('.', ',') : amountToDecimal(details.payments.refundableShippingCents, currency) })}</Label>
        <Input id="shipping" inputMode="decimal" placeholder={language === 'fr' ? '0,00' : '0.00'} value={shipping} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setShipping(e.target.value)} />
      </FormGroup>
      <FormGroup>
        <Label htmlFor="reason">{w('reason', 'Reason')}</Label>
        <Input id="reason" width={1} value={reason} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setReason(e.target.value)} />
      </FormGroup>
      <Box flex flexDirection="row" alignItems="center" mb="default">
        <CheckBox id="restock" checked={restock} onChange={() => setRestock(!restock)} />
        <Label inline htmlFor="restock" ml="default">{w('restock', 'Restock the refunded items')}</Label>
      </Box>
      <Box flex flexDirection="row" alignItems="center" mb="xl">
        <CheckBox id="notify" checked={notify} onChange={() => setNotify(!notify)} />
        <Label inline htmlFor="notify" ml="default">{w('notify', 'Email the customer')}</Label>
      </Box>
      {error ? <MessageBox mb="lg" variant="danger" message={error} /> : null}
      <Button type="submit" variant="contained" disabled={busy || estimate <= 0}>
        {busy ? w('refunding', 'Refunding…') : w('submit', 'Refund {{amount}}', { amount: money(Math.max(0, estimate), currency) })}
      </Button>
    </Box>
  );
};

export default RefundOrder;
