import { amountToDecimal, formatMoney, InvalidAmount, parseAmount } from '../../src/services/money.js';

test('decimal amounts become exact minor units', () => {
  expect(parseAmount('19.99')).toBe(1999);
  expect(parseAmount('0.29')).toBe(29); // 0.29 * 100 is 28.999999999999996 in floats
  expect(parseAmount('1 234,5')).toBe(123450);
  expect(parseAmount('7')).toBe(700);
  expect(parseAmount('-4.10')).toBe(-410);
  expect(parseAmount('1500', 'JPY')).toBe(1500);
});

test.each(['abc', '1.999', '', '1e3', '12.3.4', '99999999999'])('"%s" is refused with a message', (input) => {
  expect(() => parseAmount(input)).toThrow(InvalidAmount);
});

test('minor units round-trip through the edit field', () => {
  for (const minor of [0, 1, 29, 1999, 100000, 2147483647]) expect(parseAmount(amountToDecimal(minor))).toBe(minor);
  expect(amountToDecimal(5)).toBe('0.05');
  expect(formatMoney(123456, 'EUR', 'en')).toBe('€1,234.56');
  expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
});
