// The order page: lines and totals, payments, fulfillments, refunds, customer and addresses,
// tags, and the timeline of everything that happened to the order.
import React from 'react';
import { Badge, Box, H3, H5, Link, Table, TableBody, TableCell, TableHead, TableRow, Text } from '@adminjs/design-system';
import { BasePropertyComponent, ViewHelpers, type ActionProps } from 'adminjs';
import { formatMoney } from '../shared/money-format.js';
import type { OrderDetailsJSON } from './order-types.js';

const h = new ViewHelpers();
const when = (iso: string) => new Date(iso).toLocaleString();
const label = (s: string) => s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, ' ');

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
  const d = (record as unknown as { details?: OrderDetailsJSON }).details;
  const cur = String(p.currency ?? 'EUR');
  const money = (n: number) => formatMoney(n, cur);
  if (!d) return null;
  const totals: Array<[string, number]> = [['Subtotal', p.subtotalCents], ['Discount', -p.discountCents], ['Shipping', p.shippingCents], ['Taxes', p.taxCents], ['Total', p.totalCents]];
  return (
    <Box>
      <Box flex flexDirection="row" alignItems="center" mb="xl" style={{ gap: 12, flexWrap: 'wrap' }}>
        <H3 mb="0">{p.name}</H3>
        <Badge variant={p.financialStatus === 'PAID' ? 'success' : 'default'}>{label(String(p.financialStatus))}</Badge>
        <Badge variant={p.fulfillmentStatus === 'FULFILLED' ? 'success' : 'default'}>{label(String(p.fulfillmentStatus))}</Badge>
        {p.cancelledAt ? <Badge variant="danger">{`Cancelled${p.cancelReason ? ` (${label(String(p.cancelReason))})` : ''}`}</Badge> : null}
        {p.archivedAt ? <Badge>Archived</Badge> : null}
        {p.fulfilmentHold ? <Badge variant="danger">{`Fulfilment on hold: ${String(p.fulfilmentHold)}`}</Badge> : null}
        <Text color="grey60">{when(String(p.createdAt))}</Text>
      </Box>
      {/* Plugins' order-page slot: properties declared with custom.slot 'orderHeader' (docs/plugins.md). */}
      {Object.values(resource.properties).filter((prop) => prop.custom?.slot === 'orderHeader').map((prop) => (
        <Box key={prop.propertyPath} variant="white" padding="lg" mb="xl" data-slot={prop.propertyPath}>
          <H5 mb="sm">{prop.label}</H5>
          <BasePropertyComponent property={prop} record={record!} resource={resource} where="show" />
        </Box>
      ))}
      <Box flex flexDirection="row" style={{ gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Box flexGrow={2} style={{ minWidth: 520, flexBasis: 620 }}>
          <Section title="Items">
            <Table>
              <TableHead><TableRow><TableCell>Item</TableCell><TableCell>SKU</TableCell><TableCell>Qty</TableCell><TableCell>Price</TableCell><TableCell>Shipped</TableCell><TableCell>Refunded</TableCell><TableCell>Line total</TableCell></TableRow></TableHead>
              <TableBody>
                {d.lines.map((l) => (
                  <TableRow key={l.id}>
                    <TableCell>{l.title}{l.variantTitle ? ` — ${l.variantTitle}` : ''}</TableCell>
                    <TableCell>{l.sku ?? ''}</TableCell>
                    <TableCell>{l.quantity}</TableCell>
                    <TableCell>{money(l.unitPriceCents)}</TableCell>
                    <TableCell>{l.fulfilledQuantity}</TableCell>
                    <TableCell>{l.refundedQuantity ? `${l.refundedQuantity}${l.restockedQuantity ? ` (${l.restockedQuantity} restocked)` : ''}` : ''}</TableCell>
                    <TableCell>{money(l.unitPriceCents * l.quantity)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Box mt="lg" style={{ maxWidth: 320, marginLeft: 'auto' }}>
              {totals.map(([name, value]) => (
                <Box key={name} flex flexDirection="row" justifyContent="space-between" py="sm">
                  <Text fontWeight={name === 'Total' ? 'bold' : 'normal'}>{name}</Text>
                  <Text fontWeight={name === 'Total' ? 'bold' : 'normal'}>{money(Number(value || 0))}</Text>
                </Box>
              ))}
              <Box flex flexDirection="row" justifyContent="space-between" py="sm"><Text>Paid</Text><Text>{money(d.payments.net)}</Text></Box>
              {d.payments.balanceCents !== 0 ? (
                <Box flex flexDirection="row" justifyContent="space-between" py="sm">
                  <Text fontWeight="bold">{d.payments.balanceCents > 0 ? 'Balance due' : 'Refund owed'}</Text>
                  <Text fontWeight="bold">{money(Math.abs(d.payments.balanceCents))}</Text>
                </Box>
              ) : null}
            </Box>
          </Section>
          <Section title="Payments">
            {d.transactions.length === 0 ? <Text>No payment yet.</Text> : (
              <Table>
                <TableHead><TableRow><TableCell>Date</TableCell><TableCell>Kind</TableCell><TableCell>Amount</TableCell><TableCell>Gateway</TableCell><TableCell>Status</TableCell></TableRow></TableHead>
                <TableBody>{d.transactions.map((t) => (
                  <TableRow key={t.id}><TableCell>{when(t.createdAt)}</TableCell><TableCell>{label(t.kind)}</TableCell><TableCell>{money(t.amountCents)}</TableCell><TableCell>{t.gateway}</TableCell><TableCell>{label(t.status)}</TableCell></TableRow>
                ))}</TableBody>
              </Table>
            )}
          </Section>
          {d.fulfillments.length ? (
            <Section title="Fulfillments">
              {d.fulfillments.map((f) => (
                <Text key={f.id} mb="sm">{`${when(f.createdAt)} · ${f.lines.reduce((n, l) => n + l.quantity, 0)} item(s)${f.carrier ? ` · ${f.carrier}` : ''}${f.trackingNumber ? ` · ${f.trackingNumber}` : ''}`}</Text>
              ))}
            </Section>
          ) : null}
          {d.refunds.length ? (
            <Section title="Refunds">
              {d.refunds.map((r) => (
                <Text key={r.id} mb="sm">{`${when(r.createdAt)} · ${money(r.amountCents)}${r.restock ? ' · restocked' : ''}${r.reason ? ` · ${r.reason}` : ''}`}</Text>
              ))}
            </Section>
          ) : null}
          <Section title="Timeline">
            {d.timeline.map((e) => (
              <Box key={e.id} mb="lg" data-testid="timeline-entry">
                <Text>{e.message}</Text>
                <Text color="grey60" fontSize="sm">{`${when(e.at)}${e.by ? ` · ${e.by}` : ''}`}</Text>
              </Box>
            ))}
          </Section>
        </Box>
        <Box flexGrow={1} style={{ minWidth: 260, flexBasis: 280 }}>
          <Section title="Customer">
            {d.customer ? (
              <>
                <Link href={h.recordActionUrl({ resourceId: 'Customer', recordId: String(d.customer.id), actionName: 'show' })}>{`${d.customer.firstName} ${d.customer.lastName}`}</Link>
                <Text>{d.customer.email}</Text>
                {d.customer.phone ? <Text>{d.customer.phone}</Text> : null}
              </>
            ) : <Text>{String(p.email ?? 'No customer')}</Text>}
          </Section>
          {(['shipping', 'billing'] as const).map((kind) => (
            <Section key={kind} title={kind === 'shipping' ? 'Shipping address' : 'Billing address'}>
              {address(p, kind).length ? address(p, kind).map((l) => <Text key={l}>{l}</Text>) : <Text color="grey60">None given</Text>}
            </Section>
          ))}
          <Section title="Tags">{p.tags ? String(p.tags).split(',').map((t: string) => <Badge key={t} mr="sm" mb="sm">{t.trim()}</Badge>) : <Text>No tags</Text>}</Section>
          {p.note ? <Section title="Note"><Text>{String(p.note)}</Text></Section> : null}
        </Box>
      </Box>
    </Box>
  );
};

export default OrderPage;
