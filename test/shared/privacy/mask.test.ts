import { describe, expect, test } from 'vitest';
import { maskEmail, maskName, maskPhone } from '../../../shared/privacy/mask.js';

describe('contact as lists show it', () => {
  test('a phone keeps its country code and last three digits, grouped as typed', () => {
    expect(maskPhone('+420 777 123 789')).toBe('+420 ••• ••• 789');
    expect(maskPhone('777123789')).toBe('••••••789');
    expect(maskPhone('+359 88 765 4321')).toBe('+359 •• ••• •321');
    expect(maskPhone('(044) 123-45-67')).toBe('(•••) •••-•5-67');
  });

  test('an e-mail keeps its first letter and domain', () => {
    expect(maskEmail('jana.novakova@example.com')).toBe('j•••@example.com');
    expect(maskEmail('not-an-address')).toBe('•••');
  });

  test('a name keeps only initials, in any script', () => {
    expect(maskName('Jana Nováková')).toBe('J. N.');
    expect(maskName('  олена   шевченко ')).toBe('О. Ш.');
  });

  test('no digit of a masked phone beyond the last three survives', () => {
    for (const phone of ['+420 601 123 456', '601123456', '+7 (912) 345-67-89']) {
      const shown = maskPhone(phone).replace(/\D/g, '');
      const code = /^\+(\d{1,3})[\s(]/.exec(phone)?.[1] ?? '';
      expect(shown).toBe(code + phone.replace(/\D/g, '').slice(-3));
    }
  });
});
