// Money formatting shared by the services and the browser components (no imports: it is bundled for both).

const digitsByCurrency = new Map<string, number>();

/** 2 for EUR, 0 for JPY (building an Intl formatter is slow: once per currency). */
export function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** 1999 → "19.99" (what an edit field shows). */
export function amountToDecimal(minor: number, currency = 'EUR'): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits ? `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}` : `${sign}${abs}`;
}

/** 1999, EUR → "€19.99" (what a screen shows). */
export function formatMoney(minor: number, currency = 'EUR', locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** minorDigits(currency));
}
