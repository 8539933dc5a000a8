// The order page: lines and totals, payments, fulfillments, refunds, customer and addresses,
// tags, and the timeline of everything that happened to the order.
import React from 'react';
import { Badge, Box, H3, H5, Link, Table, TableBody, TableCell, TableHead, TableRow, Text } from '@adminjs/design-system';
import { BasePropertyComponent, ViewHelpers, useTranslation, type ActionProps } from 'adminjs';
import type { OrderDetailsJSON } from './order-types.js';
import { useWords } from './use-words.js';
import { localePhrases, rewordPhrases, timelineEntry } from './timeline-words.js';

const h = new ViewHelpers();

const Section: React.FC<{ title: string; children: React.ReactNode }> = ({ title, children }) => (
  <Box variant="white" padding="xl" mb="xl">
    <H5 mb="lg">{title}</H5>
    {children}
  </Box>
);

function address(p: Record<string, unknown>, kind: 'shipping' | 'billing') {
  const part = (f: string) => p[`${kind}${f}`] as string | undefined;
  return [part('Name'), part('Address1'), part('Address2'), [part('Zip'), part('City')].filter(Boolean).join(' '), part('Province'), part('Country'), part('Phone')].filter(Boolean);
}

const OrderPage: React.FC<ActionProps> = ({ record, resource }) => {
  const p = record!.params;
  const { translateProperty, i18n } = useTranslation();
  const d = (record as unknown as { details?: OrderDetailsJSON }).details;
  const cur = String(p.currency ?? 'EUR');
  const { w, enumLabel, money: inLanguage, when, language } = useWords('OrderPage');
  const money = (n: number) => inLanguage(n, cur);
  const units = (count: number) => (count === 1 ? w('oneItem', '1 item') : w('itemsCount', '{{count}} items', { count }));
  if (!d) return null;
  const totals: Array<[string, number]> = [['Subtotal', p.subtotalCents], ['Discount', -p.discountCents], ['Shipping', p.shippingCents], ['Taxes', p.taxCents], ['Total', p.totalCents]];
  return (
    <Box>
      <Box flex flexDirection="row" alignItems="center" mb="xl" style={{ gap: 12, flexWrap: 'wrap' }}>
        <H3 mb="0">{p.name}</H3>
        <Badge variant={p.financialStatus === 'PAID' ? 'success' : 'default'}>{enumLabel('FinancialStatus', String(p.financialStatus))}</Badge>
        <Badge variant={p.fulfillmentStatus === 'FULFILLED' ? 'success' : 'default'}>{enumLabel('FulfillmentStatus', String(p.fulfillmentStatus))}</Badge>
        {p.cancelledAt ? <Badge variant="danger">{`${w('cancelled', 'Cancelled')}${p.cancelReason ? ` (${enumLabel('CancelReason', String(p.cancelReason))})` : ''}`}</Badge> : null}
        {p.archivedAt ? <Badge>{w('archived', 'Archived')}</Badge> : null}
        {p.fulfilmentHold ? <Badge variant="danger">{w('hold', 'Fulfilment on hold: {{reason}}', { reason: language === 'fr' ? rewordPhrases(String(p.fulfilmentHold), localePhrases(i18n, language)) : String(p.fulfilmentHold) })}</Badge> : null}
        <Text color="grey60">{when(String(p.createdAt))}</Text>
      </Box>
      {/* Plugins' order-page slot: properties declared with custom.slot 'orderHeader' (docs/plugins.md). */}
      {Object.values(resource.properties).filter((prop) => prop.custom?.slot === 'orderHeader').map((prop) => (
        <Box key={prop.propertyPath} variant="white" padding="lg" mb="xl" data-slot={prop.propertyPath}>
          <H5 mb="sm">{translateProperty(prop.propertyPath, resource.id)}</H5>
          <BasePropertyComponent property={prop} record={record!} resource={resource} where="show" />
        </Box>
      ))}
      <Box flex flexDirection="row" style={{ gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Box flexGrow={2} style={{ minWidth: 520, flexBasis: 620 }}>
          <Section title={w('items', 'Items')}>
            <Table>
              <TableHead><TableRow><TableCell>{w('item', 'Item')}</TableCell><TableCell>{w('sku', 'SKU')}</TableCell><TableCell>{w('qty', 'Qty')}</TableCell><TableCell>{w('price', 'Price')}</TableCell><TableCell>{w('shipped', 'Shipped')}</TableCell><TableCell>{w('refunded', 'Refunded')}</TableCell><TableCell>{w('lineTotal', 'Line total')}</TableCell></TableRow></TableHead>
              <TableBody>
                {d.lines.map((l) => (
                  <TableRow key={l.id}>
                    <TableCell style={{ minWidth: 110 }}>{l.title}{l.variantTitle ? ` — ${l.variantTitle}` : ''}</TableCell>
                    <TableCell style={{ whiteSpace: 'nowrap' }}>{l.sku ?? ''}</TableCell>
                    <TableCell>{l.quantity}</TableCell>
                    <TableCell style={{ whiteSpace: 'nowrap' }}>{money(l.unitPriceCents)}</TableCell>
                    <TableCell>{l.fulfilledQuantity}</TableCell>
                    <TableCell>{l.refundedQuantity ? `${l.refundedQuantity}${l.restockedQuantity ? ` (${w('restockedCount', '{{count}} restocked', { count: l.restockedQuantity })})` : ''}` : ''}</TableCell>
                    <TableCell style={{ whiteSpace: 'nowrap' }}>{money(l.unitPriceCents * l.quantity)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Box mt="lg" style={{ maxWidth: 320, marginLeft: 'auto' }}>
              {totals.map(([name, value]) => (
                <Box key={name} flex flexDirection="row" justifyContent="space-between" py="sm">
                  <Text fontWeight={name === 'Total' ? 'bold' : 'normal'}>{w(`totals.${name}`, name)}</Text>
                  <Text fontWeight={name === 'Total' ? 'bold' : 'normal'}>{money(Number(value || 0))}</Text>
                </Box>
              ))}
              <Box flex flexDirection="row" justifyContent="space-between" py="sm"><Text>{w('paid', 'Paid')}</Text><Text>{money(d.payments.net)}</Text></Box>
              {d.payments.balanceCents !== 0 ? (
                <Box flex flexDirection="row" justifyContent="space-between" py="sm">
                  <Text fontWeight="bold">{d.payments.balanceCents > 0 ? w('balanceDue', 'Balance due') : w('refundOwed', 'Refund owed')}</Text>
                  <Text fontWeight="bold">{money(Math.abs(d.payments.balanceCents))}</Text>
                </Box>
              ) : null}
            </Box>
          </Section>
          <Section title={w('payments', 'Payments')}>
            {d.transactions.length === 0 ? <Text>{w('noPayment', 'No payment yet.')}</Text> : (
              <Table>
                <TableHead><TableRow><TableCell>{w('date', 'Date')}</TableCell><TableCell>{w('kind', 'Kind')}</TableCell><TableCell>{w('amount', 'Amount')}</TableCell><TableCell>{w('gateway', 'Gateway')}</TableCell><TableCell>{w('status', 'Status')}</TableCell></TableRow></TableHead>
                <TableBody>{d.transactions.map((t) => (
                  <TableRow key={t.id}><TableCell>{when(t.createdAt)}</TableCell><TableCell>{enumLabel('TransactionKind', t.kind)}</TableCell><TableCell>{money(t.amountCents)}</TableCell><TableCell>{t.gateway}</TableCell><TableCell>{enumLabel('TransactionStatus', t.status)}</TableCell></TableRow>
                ))}</TableBody>
              </Table>
            )}
          </Section>
          {d.fulfillments.length ? (
            <Section title={w('fulfillments', 'Fulfillments')}>
              {d.fulfillments.map((f, i) => (
                <Box key={f.id} mb="lg" data-testid="parcel">
                  <Text fontWeight="bold">{[
                    w('parcel', 'Parcel {{number}}', { number: i + 1 }), units(f.lines.reduce((n, l) => n + l.quantity, 0)), f.carrier, f.trackingNumber,
                  ].filter(Boolean).join(' · ')}</Text>
                  <Text>{f.lines.map((fl) => `${fl.quantity} × ${d.lines.find((l) => l.id === fl.orderLineId)?.title ?? '?'}`).join(', ')}</Text>
                  <Text color="grey60" fontSize="sm">{when(f.createdAt)}</Text>
                </Box>
              ))}
            </Section>
          ) : null}
          {d.refunds.length ? (
            <Section title={w('refunds', 'Refunds')}>
              {d.refunds.map((r) => (
                <Text key={r.id} mb="sm">{`${when(r.createdAt)} · ${money(r.amountCents)}${r.restock ? ` · ${w('restocked', 'restocked')}` : ''}${r.reason ? ` · ${r.reason}` : ''}`}</Text>
              ))}
            </Section>
          ) : null}
          <Section title={w('timeline', 'Timeline')}>
            {d.timeline.map((e) => (
              <Box key={e.id} mb="lg" data-testid="timeline-entry">
                <Text>{timelineEntry(language, e.message, localePhrases(i18n, language))}</Text>
                <Text color="grey60" fontSize="sm">{`${when(e.at)}${e.by ? ` · ${e.by}` : ''}`}</Text>
              </Box>
            ))}
          </Section>
        </Box>
        <Box flexGrow={1} style={{ minWidth: 260, flexBasis: 280 }}>
          <Section title={w('customer', 'Customer')}>
            {d.customer ? (
              <>
                <Link href={h.recordActionUrl({ resourceId: 'Customer', recordId: String(d.customer.id), actionName: 'show' })}>{`${d.customer.firstName} ${d.customer.lastName}`}</Link>
                <Text>{d.customer.email}</Text>
                {d.customer.phone ? <Text>{d.customer.phone}</Text> : null}
              </>
            ) : <Text>{String(p.email ?? w('noCustomer', 'No customer'))}</Text>}
          </Section>
          {(['shipping', 'billing'] as const).map((kind) => (
            <Section key={kind} title={kind === 'shipping' ? w('shippingAddress', 'Shipping address') : w('billingAddress', 'Billing address')}>
              {address(p, kind).length ? address(p, kind).map((l) => <Text key={l}>{l}</Text>) : <Text color="grey60">{w('noneGiven', 'None given')}</Text>}
            </Section>
          ))}
          <Section title={w('tags', 'Tags')}>{p.tags ? String(p.tags).split(',').map((t: string) => <Badge key={t} mr="sm" mb="sm">{t.trim()}</Badge>) : <Text>{w('noTags', 'No tags')}</Text>}</Section>
          {p.note ? <Section title={w('note', 'Note')}><Text>{String(p.note)}</Text></Section> : null}
        </Box>
      </Box>
    </Box>
  );
};

export default OrderPage;
