// The live cards: what needs doing now, each a link to the filtered list that resolves it.
import React from 'react';
import { Box, Text } from '@adminjs/design-system';
import { CURRENCY, listHref, type Card } from './dashboard-types.js';
import { useWords } from './use-words.js';

const linkStyle = { textDecoration: 'none', color: 'inherit' };

export const DashboardCards: React.FC<{ cards: Card[]; rootPath: string }> = ({ cards, rootPath }) => {
  const { w, money, number } = useWords('DashboardCards');
  const days = (card: Card) => ({ days: card.title.match(/\d+/)?.[0] ?? '' });
  return (
  <Box style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 16 }} mb="xl">
    {cards.map((card) => (
      <Box key={card.id} variant="white" padding="lg" data-card={card.id} style={{ borderRadius: 8, borderLeft: `4px solid ${card.count ? '#f0a500' : '#3bb273'}` }}>
        <a href={listHref(rootPath, card.link)} style={linkStyle}>
          <Text color="grey60" fontSize="sm">{w(`${card.id}.title`, card.title, days(card))}</Text>
          {card.count ? (
            <Text fontSize="h3" fontWeight="bold" mt="sm">
              {number(card.count)}
              {card.amountCents ? <Text as="span" fontSize="md" color="grey60" ml="default">{money(card.amountCents, CURRENCY)}</Text> : null}
            </Text>
          ) : (
            <Text mt="sm" color="grey80">{w(`${card.id}.done`, card.done, days(card))}</Text>
          )}
        </a>
        {card.count ? (
          <Box mt="sm" flex flexDirection="row" style={{ flexWrap: 'wrap', gap: 10 }}>
            {card.parts.filter((p) => p.count > 0).map((part) => (
              <a key={part.label} href={listHref(rootPath, part.link)} style={{ fontSize: 12, color: '#3040d6' }}>
                {`${number(part.count)} ${w(`parts.${part.label}`, part.label)}`}
              </a>
            ))}
          </Box>
        ) : null}
      </Box>
    ))}
  </Box>
  );
};
