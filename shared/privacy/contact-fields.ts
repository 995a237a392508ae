import type { EventType } from '../domain/events.js';

/**
 * Where events carry what the customer told about themselves: the payload keys an erasure
 * (`customer.erased`) removes from the case's stored events, at the desk and at head office alike.
 */
export const contactFields: Partial<Record<EventType, readonly string[]>> = {
  'complaint.opened': ['customer'],
  'return.recorded': ['customer'],
  'exchange.recorded': ['customer'],
  'feedback.recorded': ['comment'],
};

export const typesWithContact = Object.keys(contactFields) as EventType[];
