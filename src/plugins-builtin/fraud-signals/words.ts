// The plugin's words, handed to AdminJS as its `locales`: action and column names, the badge's words
// (useWords('RiskBadge')), the forms of its bulk actions (forms.Order.<action>, with the notice's verb),
// and `timeline`: how the English it stores (the reasons, the timeline entry) reads in French —
// [pattern, replacement] phrases that components/timeline-words.ts applies to the order's timeline.
const en = {
  resources: {
    Order: {
      properties: { riskScore: 'Risk' },
      actions: { holdFulfilment: 'Hold fulfilment', releaseHold: 'Release hold', rescoreRisk: 'Rescore risk' },
    },
  },
};

const fr = {
  resources: {
    Order: {
      properties: { riskScore: 'Risque' },
      actions: { holdFulfilment: 'Suspendre l’expédition', releaseHold: 'Lever la suspension', rescoreRisk: 'Recalculer le risque' },
    },
  },
  components: {
    RiskBadge: {
      notScored: 'non évaluée', onHold: 'suspendue', holdTitle: 'Expédition suspendue : {{reason}}', none: 'Aucun signal de risque', noneLong: 'Aucun signal de risque.',
      level: { low: 'faible', medium: 'moyen', high: 'élevé' },
    },
    forms: {
      Order: {
        holdFulfilment: {
          intro: 'Suspendre l’expédition de ces commandes : « Expédier » les ignore, avec ce motif, jusqu’à ce que la suspension soit levée.',
          reason: { label: 'Motif', placeholder: 'examen anti-fraude' },
          verb: 'Suspendues',
        },
        releaseHold: { intro: 'Lever la suspension de ces commandes : elles peuvent de nouveau être expédiées.', verb: 'Suspensions levées' },
        rescoreRisk: { intro: 'Recalculer le risque de fraude de ces commandes avec les règles actuelles (les commandes passées avant l’activation du module ne sont pas évaluées).', verb: 'Réévaluées' },
      },
    },
    timeline: {
      high: ['^Fraud risk (\\d+)/100 \\(high\\)', 'Risque de fraude $1/100 (élevé)'],
      medium: ['^Fraud risk (\\d+)/100 \\(medium\\)', 'Risque de fraude $1/100 (moyen)'],
      low: ['^Fraud risk (\\d+)/100 \\(low\\)', 'Risque de fraude $1/100 (faible)'],
      colon: ['^(Risque de fraude \\d+/100 \\(\\S+\\)):', '$1 :'],
      countries: ['Billing country (.+?) differs from shipping country (.+?)(?= \\(\\+\\d+\\)|;|$)', 'Pays de facturation $1 différent du pays de livraison $2'],
      average: ['First order from (.+?), (.+?) is (\\d+)\\.(\\d)× the shop\'s average order \\((.+?)\\)', 'Première commande de $1 : $2, soit $3,$4 × la commande moyenne de la boutique ($5)'],
      above: ['First order from (.+?), (.+?) is above (.+?)(?= \\(\\+\\d+\\)|;|$)', 'Première commande de $1 : $2, au-dessus de $3'],
      email: ['(\\d+) orders from (.+?) within 24 hours', '$1 commandes de $2 en 24 heures'],
      address: ['(\\d+) orders to (.+?) within 24 hours, from (\\d+) different emails', '$1 commandes vers $2 en 24 heures, de $3 e-mails différents'],
      fraudReview: ['\\bfraud review\\b', 'examen anti-fraude'],
    },
  },
};

export const fraudLocales = { en, fr };
