// The month a view is as of, said at the head of each figure's takeaway.
import type { Dataset } from '../data/schema';
import { message, type Message } from '../i18n/message';

/**
 * A takeaway that says its month: "As of June 2025: …", or for a month after the data's own, "June 2027, as
 * planned: …" (only what the sources had reported by the data's date has happened; the rest is plans).
 */
export function dated(view: { asOf?: string | null; data?: Pick<Dataset, 'asOf'> }, takeaway: Message[]): Message[] {
  if (!view.asOf) return takeaway;
  const future = view.data !== undefined && view.asOf > view.data.asOf.slice(0, 7);
  return [message(future ? 'asOfPlanned' : 'asOf', { month: { month: view.asOf } }), ...takeaway];
}
