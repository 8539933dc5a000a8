// The product page: images, prices, category path, features, variants with their stock, stock per
// sellable item, and the latest stock movements, with the links that add or edit each part.
import React, { useState } from 'react';
import { Badge, Box, Button, H3, H5, Link, Table, TableBody, TableCell, TableHead, TableRow, Text } from '@adminjs/design-system';
import { ApiClient, ViewHelpers, type ActionProps, type ReduxState } from 'adminjs';
import { useSelector } from 'react-redux';
import type { ProductDetailsJSON, StockJSON } from './product-types.js';
import ProductGallery from './ProductGallery.js';
import { useWords } from './use-words.js';

const h = new ViewHelpers();
const nowrap: React.CSSProperties = { whiteSpace: 'nowrap' };
// Wide tables scroll inside their section rather than spill over the next column.
const scroll: React.CSSProperties = { overflowX: 'auto' };
const signed = (n: number) => (n > 0 ? `+${n}` : n === 0 ? '' : String(n));
const STATUS_BADGE: Record<string, 'success' | 'default' | 'secondary'> = { ACTIVE: 'success', DRAFT: 'default', ARCHIVED: 'secondary' };

const Section: React.FC<{ title: string; action?: React.ReactNode; children: React.ReactNode }> = ({ title, action, children }) => (
  <Box variant="white" padding="xl" mb="xl">
    <Box flex flexDirection="row" justifyContent="space-between" alignItems="center" mb="lg">
      <H5 mb="0">{title}</H5>
      {action}
    </Box>
    {children}
  </Box>
);

const newUrl = (resourceId: string, productId: string) => `${h.resourceActionUrl({ resourceId, actionName: 'new' })}?product=${productId}`;
const editUrl = (resourceId: string, id: number) => h.recordActionUrl({ resourceId, recordId: String(id), actionName: 'edit' });
const historyUrl = (inventoryItemId: number) => `${h.resourceUrl({ resourceId: 'StockMovement' })}?filters.inventoryItem=${inventoryItemId}`;

const Price: React.FC<{ cents: number; compareAt: number | null; currency: string }> = ({ cents, compareAt, currency }) => {
  const { money } = useWords('ProductPage');
  return (
    <span>
      {money(cents, currency)}
      {compareAt ? <span style={{ textDecoration: 'line-through', color: '#8a94a6', marginLeft: 8 }}>{money(compareAt, currency)}</span> : null}
    </span>
  );
};

const StockFigures: React.FC<{ s: StockJSON }> = ({ s }) => {
  const { w } = useWords('ProductPage');
  return (
    <TableCell style={nowrap}>
      {`${s.onHand} / ${s.committed} / ${s.available}`} {s.low ? <Badge variant="danger" size="sm" ml="sm">{w('low', 'Low')}</Badge> : null}
    </TableCell>
  );
};

const ProductPage: React.FC<ActionProps> = ({ record }) => {
  const p = record!.params;
  const [details, setDetails] = useState((record as unknown as { details?: ProductDetailsJSON }).details);
  const resources = useSelector((state: ReduxState) => state.resources);
  const may = (resourceId: string, action: string) => Boolean(resources.find((r) => r.id === resourceId)?.actions.some((a) => a.name === action));
  const cur = String(p.currency ?? 'EUR');
  const id = String(record!.id);
  const { w, enumLabel, language } = useWords('ProductPage');
  const when = (iso: string) => new Date(iso).toLocaleString(language === 'fr' ? 'fr-FR' : undefined, { dateStyle: 'short', timeStyle: 'short' });
  // services/catalog/product-details.ts names an item without variant so
  const stockLabel = (label: string) => (label === 'Product (no variant)' ? w('noVariant', label) : label);
  /** "+12 on hand", "+1 committed", or both. */
  const change = (m: { onHandDelta: number; committedDelta: number }) =>
    [m.onHandDelta ? w('onHandDelta', '{{n}} on hand', { n: signed(m.onHandDelta) }) : '', m.committedDelta ? w('committedDelta', '{{n}} committed', { n: signed(m.committedDelta) }) : ''].filter(Boolean).join(', ');
  if (!details) return null;
  const reload = async () => {
    const res = await new ApiClient().recordAction({ resourceId: 'Product', recordId: id, actionName: 'show' });
    setDetails((res.data.record as unknown as { details: ProductDetailsJSON }).details);
  };
  const addButton = (resourceId: string, text: string) =>
    may(resourceId, 'new') ? <Button as="a" href={newUrl(resourceId, id)} size="sm" variant="outlined">{text}</Button> : null;
  const facts: Array<[string, React.ReactNode]> = [
    [w('category', 'Category'), details.categoryPath ?? '—'], [w('vendor', 'Vendor'), p.vendor || '—'], [w('type', 'Type'), p.productType || '—'], [w('sku', 'SKU'), p.sku || '—'],
    [w('barcode', 'Barcode'), p.barcode || '—'], [w('handle', 'Handle'), p.handle], [w('tags', 'Tags'), p.tags || '—'],
  ];

  return (
    <Box>
      <Box flex flexDirection="row" alignItems="center" mb="xl" style={{ gap: 12, flexWrap: 'wrap' }}>
        <H3 mb="0">{p.title}</H3>
        <Badge variant={STATUS_BADGE[String(p.status)] ?? 'default'}>{enumLabel('ProductStatus', String(p.status))}</Badge>
        {p.compareAtPriceCents ? <Badge variant="primary">{w('onSale', 'On sale')}</Badge> : null}
      </Box>
      <Box flex flexDirection="row" style={{ gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Box flexGrow={3} style={{ minWidth: 520, flexBasis: 680 }}>
          <Section title={w('images', 'Images')}>
            <ProductGallery productId={id} title={String(p.title)} images={details.images} canEdit={may('ProductImage', 'new')} onChange={reload} />
          </Section>
          <Section title={w('variants', 'Variants')} action={addButton('ProductVariant', w('addVariant', 'Add variant'))}>
            {details.variants.length === 0 ? <Text color="grey60">{w('noVariants', 'No variants: the product is sold as it is.')}</Text> : (
              <Box style={scroll}><Table>
                <TableHead><TableRow><TableCell>{w('variant', 'Variant')}</TableCell><TableCell>{w('options', 'Options')}</TableCell><TableCell>{w('sku', 'SKU')}</TableCell><TableCell>{w('price', 'Price')}</TableCell><TableCell style={nowrap}>{w('stockHead', 'On hand / committed / available')}</TableCell><TableCell /></TableRow></TableHead>
                <TableBody>{details.variants.map((v) => (
                  <TableRow key={v.id}>
                    <TableCell>{v.title}</TableCell>
                    <TableCell>{v.options.join(' / ')}</TableCell>
                    <TableCell style={nowrap}>{v.sku ?? ''}</TableCell>
                    <TableCell style={nowrap}><Price cents={v.priceCents} compareAt={v.compareAtPriceCents} currency={cur} /></TableCell>
                    {v.stock ? <StockFigures s={v.stock} /> : <TableCell>{w('noStockRow', 'No stock row')}</TableCell>}
                    <TableCell style={nowrap}>{may('ProductVariant', 'edit') ? <Link href={editUrl('ProductVariant', v.id)}>{w('edit', 'Edit')}</Link> : null}</TableCell>
                  </TableRow>
                ))}</TableBody>
              </Table></Box>
            )}
          </Section>
          <Section title={w('movements', 'Stock movements')}>
            {details.movements.length === 0 ? <Text color="grey60">{w('noMovement', 'No stock movement yet.')}</Text> : (
              <Box style={scroll}><Table data-testid="stock-movements">
                <TableHead><TableRow><TableCell>{w('when', 'When')}</TableCell><TableCell>{w('item', 'Item')}</TableCell><TableCell>{w('reason', 'Reason')}</TableCell><TableCell>{w('change', 'Change')}</TableCell><TableCell>{w('order', 'Order')}</TableCell><TableCell>{w('note', 'Note')}</TableCell><TableCell>{w('by', 'By')}</TableCell></TableRow></TableHead>
                <TableBody>{details.movements.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell style={nowrap}>{when(m.at)}</TableCell>
                    <TableCell style={nowrap}>{m.item === 'Product' ? w('product', 'Product') : m.item}</TableCell>
                    <TableCell>{enumLabel('StockMovementReason', m.reason)}</TableCell>
                    <TableCell style={nowrap}>{change(m)}</TableCell>
                    <TableCell style={nowrap}>{m.order ? <Link href={h.recordActionUrl({ resourceId: 'Order', recordId: String(m.order.id), actionName: 'show' })}>{m.order.name}</Link> : ''}</TableCell>
                    <TableCell>{m.note ?? ''}</TableCell>
                    <TableCell>{m.by ?? ''}</TableCell>
                  </TableRow>
                ))}</TableBody>
              </Table></Box>
            )}
            <Text color="grey60" mt="lg">
              {w('showing', 'Showing the latest {{shown}} of {{count}}. Full history per item: ', { shown: details.movements.length, count: details.movementCount })}
              {details.stock.map((s, i) => (
                <React.Fragment key={s.inventoryItemId}>{i ? ' · ' : ''}<Link href={historyUrl(s.inventoryItemId)}>{stockLabel(s.label)}</Link></React.Fragment>
              ))}
            </Text>
          </Section>
        </Box>
        <Box flexGrow={1} style={{ minWidth: 260, flexBasis: 280 }}>
          <Section title={w('price', 'Price')}>
            <Text fontSize="lg"><Price cents={Number(p.priceCents)} compareAt={p.compareAtPriceCents ? Number(p.compareAtPriceCents) : null} currency={cur} /></Text>
            {p.compareAtPriceCents ? <Text color="grey60" mt="sm">{w('struck', 'The struck-out price is the compare-at (regular) price.')}</Text> : null}
          </Section>
          <Section title={w('organization', 'Organization')}>
            {facts.map(([name, value]) => (
              <Box key={name} flex flexDirection="row" justifyContent="space-between" py="sm" style={{ gap: 12 }}>
                <Text color="grey60">{name}</Text><Text style={{ textAlign: 'right' }}>{value}</Text>
              </Box>
            ))}
          </Section>
          <Section title={w('stock', 'Stock')}>
            {details.stock.map((s) => (
              <Box key={s.inventoryItemId} mb="lg" data-testid="stock-row">
                <Text fontWeight="bold">{stockLabel(s.label)}{s.sku ? ` · ${s.sku}` : ''} {s.low ? <Badge variant="danger" size="sm">{w('lowStock', 'Low stock')}</Badge> : null}</Text>
                <Text>{w('figures', '{{onHand}} on hand · {{committed}} committed · {{available}} available', { onHand: s.onHand, committed: s.committed, available: s.available })}</Text>
                <Text color="grey60" fontSize="sm">
                  {`${w('threshold', 'Low-stock threshold {{n}}', { n: s.lowStockThreshold })}${s.allowBackorder ? ` · ${w('backorders', 'backorders allowed')}` : ''} · `}
                  <Link href={historyUrl(s.inventoryItemId)}>{w('history', 'History')}</Link>
                  {may('InventoryItem', 'adjustStock') ? <> · <Link href={h.recordActionUrl({ resourceId: 'InventoryItem', recordId: String(s.inventoryItemId), actionName: 'adjustStock' })}>{w('adjust', 'Adjust')}</Link></> : null}
                </Text>
              </Box>
            ))}
          </Section>
          <Section title={w('features', 'Features')} action={addButton('ProductFeature', w('addFeature', 'Add feature'))}>
            {details.features.length === 0 ? <Text color="grey60">{w('noFeatures', 'No features yet.')}</Text> : details.features.map((f) => (
              <Box key={f.id} flex flexDirection="row" justifyContent="space-between" py="sm" style={{ gap: 12 }}>
                <Text color="grey60">{f.name}</Text>
                <Text style={{ textAlign: 'right' }}>{f.value}{may('ProductFeature', 'edit') ? <> · <Link href={editUrl('ProductFeature', f.id)}>{w('edit', 'Edit')}</Link></> : null}</Text>
              </Box>
            ))}
          </Section>
          {p.description ? <Section title={w('description', 'Description')}><Text style={{ whiteSpace: 'pre-wrap' }}>{String(p.description)}</Text></Section> : null}
        </Box>
      </Box>
    </Box>
  );
};

export default ProductPage;
