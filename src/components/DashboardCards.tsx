// The live cards: what needs doing now, each a link to the filtered list that resolves it.
import React from 'react';
import { Box, Text } from '@adminjs/design-system';
import { formatMoney } from '../shared/money-format.js';
import { CURRENCY, listHref, type Card } from './dashboard-types.js';

const linkStyle = { textDecoration: 'none', color: 'inherit' };

export const DashboardCards: React.FC<{ cards: Card[]; rootPath: string }> = ({ cards, rootPath }) => (
  <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 16 }} mb="xl">
    {cards.map((card) => (
      <Box key={card.id} variant="white" padding="lg" data-card={card.id} style={{ borderRadius: 8, borderLeft: `4px solid ${card.count ? '#f0a500' : '#3bb273'}` }}>
        <a href={listHref(rootPath, card.link)} style={linkStyle}>
          <Text color="grey60" fontSize="sm">{card.title}</Text>
          {card.count ? (
            <Text fontSize="h3" fontWeight="bold" mt="sm">
              {card.count.toLocaleString('en')}
              {card.amountCents ? <Text as="span" fontSize="md" color="grey60" ml="default">{formatMoney(card.amountCents, CURRENCY)}</Text> : null}
            </Text>
          ) : (
            <Text mt="sm" color="grey80">{card.done}</Text>
          )}
        </a>
        {card.count ? (
          <Box mt="sm" flex flexDirection="row" style={{ flexWrap: 'wrap', gap: 10 }}>
            {card.parts.filter((p) => p.count > 0).map((part) => (
              <a key={part.label} href={listHref(rootPath, part.link)} style={{ fontSize: 12, color: '#3040d6' }}>
                {`${part.count.toLocaleString('en')} ${part.label}`}
              </a>
            ))}
          </Box>
        ) : null}
      </Box>
    ))}
  </Box>
);
