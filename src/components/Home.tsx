// The first screen after login: where the day's work lives. (The figures arrive with the dashboard issue.)
import React from 'react';
import { Box, H2, Text } from '@adminjs/design-system';
import { useSelector } from 'react-redux';
import { ViewHelpers, useCurrentAdmin, useTranslation, type ReduxState } from 'adminjs';

const LINKS: Array<{ resource: string; label: string; hint: string }> = [
  { resource: 'Order', label: 'Orders', hint: 'Fulfil, capture, refund, cancel' },
  { resource: 'DraftOrder', label: 'Draft orders', hint: 'Phone and back-office orders' },
  { resource: 'Product', label: 'Products', hint: 'Catalog, prices and variants' },
  { resource: 'InventoryItem', label: 'Inventory', hint: 'Stock on hand and committed' },
  { resource: 'Customer', label: 'Customers', hint: 'Profiles, addresses, history' },
  { resource: 'AbandonedCheckout', label: 'Abandoned checkouts', hint: 'Carts to recover' },
];

const Home: React.FC = () => {
  const [admin] = useCurrentAdmin();
  const { translateLabel } = useTranslation();
  const h = new ViewHelpers();
  // Only what this staff member may open (AdminJS gives no link to a list their role may not see).
  const resources = useSelector((state: ReduxState) => state.resources);
  const links = LINKS.filter((l) => resources.find((r) => r.id === l.resource)?.href);
  return (
    <Box variant="grey" padding="xxl">
      <H2>{`Hello${admin?.name ? `, ${String(admin.name).split(' ')[0]}` : ''}`}</H2>
      <Text mb="xl">What would you like to work on?</Text>
      <Box flex flexDirection="row" style={{ flexWrap: 'wrap', gap: 16 }}>
        {links.map((link) => (
          <a key={link.resource} href={h.resourceUrl({ resourceId: link.resource })} style={{ textDecoration: 'none', color: 'inherit' }}>
            <Box variant="white" padding="xl" style={{ width: 260, borderRadius: 8 }}>
              <Text fontWeight="bold" fontSize="lg">{translateLabel(link.resource, link.resource) || link.label}</Text>
              <Text color="grey60" mt="sm">{link.hint}</Text>
            </Box>
          </a>
        ))}
      </Box>
    </Box>
  );
};

export default Home;
