/**
 * ISO 4217 numeric codes of the currencies fixed-width bank files (AEB Norma 43) name by number,
 * with the withdrawn peseta that archived Spanish statements still carry.
 */
const BY_NUMBER: Readonly<Record<string, string>> = {
  '036': 'AUD',
  '124': 'CAD',
  '152': 'CLP',
  '156': 'CNY',
  '170': 'COP',
  '203': 'CZK',
  '208': 'DKK',
  '344': 'HKD',
  '348': 'HUF',
  '356': 'INR',
  '392': 'JPY',
  '410': 'KRW',
  '484': 'MXN',
  '504': 'MAD',
  '554': 'NZD',
  '578': 'NOK',
  '604': 'PEN',
  '643': 'RUB',
  '682': 'SAR',
  '702': 'SGD',
  '710': 'ZAR',
  '724': 'ESP',
  '752': 'SEK',
  '756': 'CHF',
  '784': 'AED',
  '826': 'GBP',
  '840': 'USD',
  '858': 'UYU',
  '946': 'RON',
  '949': 'TRY',
  '978': 'EUR',
  '985': 'PLN',
  '986': 'BRL',
  '032': 'ARS',
};

/** The alphabetic ISO 4217 code of a three-digit numeric one, or `undefined` when it is not known. */
export const currencyOfNumber = (code: string): string | undefined => BY_NUMBER[code];
