// Every figure of the home's "how the shop is doing", by id: one service function each.
import type { Shop } from '../../db/transaction.js';
import type { Period } from './period.js';
import { salesFigure } from './sales.js';
import { bestSellersFigure } from './best-sellers.js';
import { customersFigure } from './customers.js';
import { peaksFigure } from './peaks.js';
import { conversionFigure } from './conversion.js';
import { categoriesFigure } from './categories.js';
import { stockCoverFigure } from './stock-cover.js';

export const FIGURES = {
  sales: salesFigure,
  bestSellers: bestSellersFigure,
  customers: customersFigure,
  peaks: peaksFigure,
  conversion: conversionFigure,
  categories: categoriesFigure,
  stockCover: stockCoverFigure,
} satisfies Record<string, (shop: Shop, period: Period) => Promise<unknown>>;

export type FigureId = keyof typeof FIGURES;
export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

export const isFigureId = (id: string): id is FigureId => Object.hasOwn(FIGURES, id);

export function dashboardFigure(shop: Shop, id: FigureId, period: Period): Promise<unknown> {
  return FIGURES[id](shop, period);
}
