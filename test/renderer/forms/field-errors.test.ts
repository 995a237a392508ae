import { describe, expect, it } from 'vitest';
import { errorAt, serverFieldErrors } from '../../../renderer/forms/field-errors.js';

describe('which field an API error lands on', () => {
  const errors = serverFieldErrors(['lines.1.unitPrice.amount', 'customer.phone', 'purchase'], (p) => `check ${p}`);

  it('marks the field the path names, or the field holding it', () => {
    expect(errorAt(errors, 'customer.phone')).toBe('check customer.phone');
    // The price input holds amount and currency: an error inside it is its error.
    expect(errorAt(errors, 'lines.1.unitPrice')).toBe('check lines.1.unitPrice.amount');
    // A whole missing object marks each of its fields.
    expect(errorAt(errors, 'purchase.purchaseDate')).toBe('check purchase');
  });

  it('leaves other fields alone, including look-alike paths', () => {
    expect(errorAt(errors, 'lines.0.unitPrice')).toBeUndefined();
    expect(errorAt(errors, 'lines.11.unitPrice')).toBeUndefined();
    expect(errorAt(errors, 'customer.name')).toBeUndefined();
    expect(errorAt(errors, 'customer.phoneExtra')).toBeUndefined();
  });
});
