// The first screen after login: the live cards (what needs doing now), the areas this staff
// member may open, then how the shop is doing over a period. Figures come from
// admin/dashboard-route.ts, which decides what each role sees.
import React, { useState } from 'react';
import { Box, H2, H3, Text } from '@adminjs/design-system';
import { useSelector } from 'react-redux';
import { ViewHelpers, useCurrentAdmin, useTranslation, type ReduxState } from 'adminjs';
import type { BestSellers, Card, CategorySales, Conversion, Customers, Peaks, PeriodChoice, Sales, StockCover } from './dashboard-types.js';
import { adminRoot, figureUrl, useJson } from './use-dashboard.js';
import { DashboardCards } from './DashboardCards.js';
import { PeriodPicker } from './PeriodPicker.js';
import { SalesPanel } from './SalesPanel.js';
import { BestSellersPanel, CategoriesPanel, CustomersPanel } from './RankingPanels.js';
import { PeaksHeatmap } from './PeaksHeatmap.js';
import { ConversionPanel } from './ConversionPanel.js';
import { StockCoverPanel } from './StockCoverPanel.js';
import { useWords } from './use-words.js';
import { PluginWidgets } from './PluginWidgets.js';

const LINKS: Array<{ resource: string; label: string; hint: string }> = [
  { resource: 'Order', label: 'Orders', hint: 'Fulfil, capture, refund, cancel' },
  { resource: 'DraftOrder', label: 'Draft orders', hint: 'Phone and back-office orders' },
  { resource: 'Product', label: 'Products', hint: 'Catalog, prices and variants' },
  { resource: 'InventoryItem', label: 'Inventory', hint: 'Stock on hand and committed' },
  { resource: 'Customer', label: 'Customers', hint: 'Profiles, addresses, history' },
  { resource: 'AbandonedCheckout', label: 'Abandoned checkouts', hint: 'Carts to recover' },
];

const Figures: React.FC<{ allowed: string[]; period: PeriodChoice; rootPath: string }> = ({ allowed, period, rootPath }) => {
  const url = (id: string) => (allowed.includes(id) ? figureUrl(id, period) : null);
  const sales = useJson<Sales>(url('sales'));
  const best = useJson<BestSellers>(url('bestSellers'));
  const categories = useJson<CategorySales[]>(url('categories'));
  const customers = useJson<Customers>(url('customers'));
  const peaks = useJson<Peaks>(url('peaks'));
  const conversion = useJson<Conversion>(url('conversion'));
  const cover = useJson<StockCover>(url('stockCover'));
  const has = (id: string) => allowed.includes(id);
  return (
    <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 16 }}>
      {has('sales') ? <SalesPanel state={sales} /> : null}
      {has('bestSellers') ? <BestSellersPanel state={best} /> : null}
      {has('categories') ? <CategoriesPanel state={categories} /> : null}
      {has('customers') ? <CustomersPanel state={customers} rootPath={rootPath} /> : null}
      {has('conversion') ? <ConversionPanel state={conversion} /> : null}
      {has('peaks') ? <PeaksHeatmap state={peaks} /> : null}
      {has('stockCover') ? <StockCoverPanel state={cover} rootPath={rootPath} /> : null}
    </Box>
  );
};

const Home: React.FC = () => {
  const [admin] = useCurrentAdmin();
  const { translateLabel } = useTranslation();
  const { w } = useWords('Home');
  const h = new ViewHelpers();
  const rootPath = adminRoot();
  const [period, setPeriod] = useState<PeriodChoice>({ period: '7d' });
  const home = useJson<{ cards: Card[]; figures: string[] }>(`${rootPath}/api/dashboard/cards`);
  // Only what this staff member may open (AdminJS gives no link to a list their role may not see).
  const resources = useSelector((state: ReduxState) => state.resources);
  const links = LINKS.filter((l) => resources.find((r) => r.id === l.resource)?.href);
  const figures = home.data?.figures ?? [];
  return (
    <Box variant="grey" padding="xxl" data-testid="dashboard">
      <H2>{admin?.name ? w('helloName', 'Hello, {{name}}', { name: String(admin.name).split(' ')[0] }) : w('hello', 'Hello')}</H2>
      {home.error ? <Text color="error" mb="lg">{home.error}</Text> : null}
      {home.data ? <DashboardCards cards={home.data.cards} rootPath={rootPath} /> : <Text color="grey60" mb="xl">{w('loading', 'Loading what needs doing…')}</Text>}
      <PluginWidgets rootPath={rootPath} />
      <Text mb="default" fontWeight="bold">{w('workOn', 'What would you like to work on?')}</Text>
      <Box flex flexDirection="row" style={{ flexWrap: 'wrap', gap: 10 }} mb="xxl">
        {links.map((link) => (
          <a key={link.resource} href={h.resourceUrl({ resourceId: link.resource })} title={w(`hint.${link.resource}`, link.hint)} style={{ textDecoration: 'none', color: 'inherit' }}>
            <Box variant="white" px="lg" py="default" style={{ borderRadius: 6 }}>
              <Text fontWeight="bold">{translateLabel(link.resource, link.resource) || link.label}</Text>
            </Box>
          </a>
        ))}
      </Box>
      {figures.length ? (
        <>
          <H3>{w('howDoing', 'How the shop is doing')}</H3>
          <PeriodPicker value={period} onChange={setPeriod} />
          <Figures allowed={figures} period={period} rootPath={rootPath} />
        </>
      ) : null}
    </Box>
  );
};

export default Home;
