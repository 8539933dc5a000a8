// The fraud risk of an order: a coloured score in the orders list (its reasons on hover) and, on the
// order page, the score with each reason; "on hold" in the list when fulfilment is held (the order
// page says so in its header). Words from the plugin's locales (words.ts); the stored English reasons
// read in the staff member's language through the same phrases as the timeline.
import React from 'react';
import { useTranslation, type BasePropertyProps } from 'adminjs';
import { useWords } from '../../components/use-words.js';
import { frenchAmounts, localePhrases, rewordPhrases } from '../../components/timeline-words.js';

const COLOURS = {
  high: { background: '#fde2e1', color: '#a1160a', border: '#f3a49c' },
  medium: { background: '#fff1d6', color: '#8a5300', border: '#f5c56b' },
  low: { background: '#e3f5ea', color: '#1d6b3a', border: '#9fd8b4' },
};

const level = (score: number) => (score >= 60 ? 'high' : score >= 30 ? 'medium' : 'low');

const pill = (style: React.CSSProperties): React.CSSProperties => ({
  display: 'inline-block', padding: '1px 8px', borderRadius: 10, fontSize: 12, fontWeight: 600, whiteSpace: 'nowrap', border: '1px solid', ...style,
});

const RiskBadge: React.FC<BasePropertyProps> = ({ record, where }) => {
  const { w, language } = useWords('RiskBadge');
  const { i18n } = useTranslation();
  const inLanguage = (reason: string) => (language === 'fr' ? frenchAmounts(rewordPhrases(reason, localePhrases(i18n, language))) : reason);
  const p = record?.params ?? {};
  const raw = p.riskScore;
  const hold = p.fulfilmentHold ? String(p.fulfilmentHold) : null;
  const reasons = p.riskReasons ? String(p.riskReasons).split('\n').map(inLanguage) : [];
  const holdPill = hold ? <span style={pill({ background: '#eceefb', color: '#2d3a9b', borderColor: '#b8bff0' })} title={w('holdTitle', 'Fulfilment on hold: {{reason}}', { reason: inLanguage(hold) })}>{w('onHold', 'on hold')}</span> : null;
  if (raw === null || raw === undefined || raw === '') {
    return <span data-risk="none" style={{ color: '#898a9a', display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}><span style={{ whiteSpace: 'nowrap' }}>{w('notScored', 'not scored')}</span>{holdPill}</span>;
  }
  const score = Number(raw);
  const c = COLOURS[level(score)];
  const badge = (
    <span data-risk={level(score)} style={pill({ background: c.background, color: c.color, borderColor: c.border })} title={reasons.join('\n') || w('none', 'No risk signal')}>
      {`${w(`level.${level(score)}`, level(score))} · ${score}`}
    </span>
  );
  // Each pill stays whole; in a narrow list column "on hold" goes under the score instead of overflowing.
  if (where !== 'show') return <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>{badge}{holdPill}</span>;
  return (
    <div data-testid="risk-details">
      <div>{badge}</div>
      {reasons.length ? (
        <ul style={{ margin: '6px 0 0 18px', padding: 0, fontSize: 13 }}>{reasons.map((r) => <li key={r}>{r}</li>)}</ul>
      ) : <div style={{ fontSize: 13, marginTop: 4, color: '#4d4f5c' }}>{w('noneLong', 'No risk signal.')}</div>}
    </div>
  );
};

export default RiskBadge;
