// The home's figures as JSON, for the dashboard screen (components/Home.tsx):
//   GET <admin>/api/dashboard/cards[?ids=toFulfil,lowStock]   the live cards the role may see,
//                                                             and the ids of the figures it may ask for
//   GET <admin>/api/dashboard/figures/<id>?period=today|7d|30d|90d|custom&from=YYYY-MM-DD&to=YYYY-MM-DD
// Who sees what is the table below: a card or figure outside the role's list is a 403, an
// unknown one a 404, a bad period a 422 with the reason.
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Shop } from '../db/transaction.js';
import type { Role } from '../plugins/api.js';
import { EVERYONE, MANAGERS, ORDER_DESK, STOCK_DESK } from '../resources/roles.js';
import { ShopError } from '../services/errors.js';
import { CARD_IDS, dashboardCards, type CardId } from '../services/dashboard/cards.js';
import { dashboardFigure, FIGURE_IDS, isFigureId, type FigureId } from '../services/dashboard/figures.js';
import { parsePeriod, type Period } from '../services/dashboard/period.js';

/** Owner and manager see everything; warehouse the fulfilment and stock; support the orders and customers. */
export const CARD_ROLES: Record<CardId, readonly Role[]> = {
  toFulfil: EVERYONE,
  toCapture: ORDER_DESK,
  lowStock: STOCK_DESK,
  outOfStock: STOCK_DESK,
  abandonedCheckouts: ORDER_DESK,
  draftOrders: ORDER_DESK,
};

export const FIGURE_ROLES: Record<FigureId, readonly Role[]> = {
  sales: MANAGERS,
  bestSellers: MANAGERS,
  categories: MANAGERS,
  customers: ORDER_DESK,
  peaks: ORDER_DESK,
  conversion: ORDER_DESK,
  stockCover: STOCK_DESK,
};

const notice = (message: string) => ({ notice: { message, type: 'error' } });
const REFUSED = 'You are not allowed to see this figure. Ask the shop owner for access.';

const periodJson = (p: Period) => ({ key: p.key, days: p.days, bucket: p.bucket, current: p.current, previous: p.previous });

export function dashboardRoute(shop: Shop): Router {
  const router = Router();
  const role = (req: Request) => req.session.adminUser?.role;
  const fail = (res: Response, next: NextFunction, error: unknown) => (error instanceof ShopError ? res.status(error.status).json(notice(error.message)) : next(error));

  router.get('/api/dashboard/cards', async (req, res, next) => {
    try {
      const mine = CARD_IDS.filter((id) => role(req) && CARD_ROLES[id].includes(role(req)!));
      const asked = typeof req.query.ids === 'string' && req.query.ids !== '' ? req.query.ids.split(',') : null;
      const unknown = asked?.filter((id) => !(CARD_IDS as readonly string[]).includes(id));
      if (unknown?.length) return res.status(404).json(notice(`Unknown card ${unknown.join(', ')}`));
      if (asked?.some((id) => !mine.includes(id as CardId))) return res.status(403).json(notice(REFUSED));
      const cards = await dashboardCards(shop, (asked as CardId[] | null) ?? mine);
      res.setHeader('Cache-Control', 'no-store');
      res.json({ cards, figures: FIGURE_IDS.filter((id) => FIGURE_ROLES[id].includes(role(req)!)) });
    } catch (error) {
      fail(res, next, error);
    }
  });

  router.get('/api/dashboard/figures/:figure', async (req, res, next) => {
    try {
      const { figure } = req.params;
      if (!isFigureId(figure)) return res.status(404).json(notice(`Unknown figure ${figure}`));
      const r = role(req);
      if (!r || !FIGURE_ROLES[figure].includes(r)) return res.status(403).json(notice(REFUSED));
      const period = parsePeriod(req.query);
      const data = await dashboardFigure(shop, figure, period);
      res.setHeader('Cache-Control', 'no-store');
      res.json({ figure, period: periodJson(period), data });
    } catch (error) {
      fail(res, next, error);
    }
  });
  return router;
}
