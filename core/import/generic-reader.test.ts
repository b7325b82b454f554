// Bank tables from producers no profile knows, written here the way those banks lay them out:
// each is read right by the generic statement reader, or refused naming the question it leaves open.
import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../profile/builtin.ts';
import { validateProfile } from '../profile/validate.ts';
import { createSha256 } from './hash.ts';
import { suggestFromFile } from './generic-reader.ts';
import { readFile } from './read-file.ts';
import { bytesSource, controlStatus, type ReadTotals } from './types.ts';
import type { Issue } from '../result.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function read(name: string, text: string, currency?: string) {
  let totals: ReadTotals | null = null;
  let error: Issue | null = null;
  const options = { profiles: builtinProfiles(), createHasher: createSha256, ...(currency ? { currency } : {}) };
  for await (const event of readFile(bytesSource(name, utf8(text)), options)) {
    if (event.type === 'end') totals = event.totals;
    if (event.type === 'error') error = event.issue;
  }
  return { totals, error };
}

const PRODUCERS: [string, string, { entries: number; net: Record<string, number>; control: string }][] = [
  [
    'sparkasse.csv',
    '"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Beguenstigter/Zahlungspflichtiger";"Betrag";"Waehrung"\n' +
      '"DE12";"03.01.24";"03.01.24";"LASTSCHRIFT";"Strom Januar";"Stadtwerke";"-84,50";"EUR"\n' +
      '"DE12";"05.01.24";"05.01.24";"GUTSCHRIFT";"Gehalt";"Firma GmbH";"2.450,00";"EUR"\n' +
      '"DE12";"29.01.24";"29.01.24";"KARTENZAHLUNG";"Supermarkt";"REWE";"-1.023,17";"EUR"\n',
    { entries: 3, net: { EUR: 134233 }, control: 'none' },
  ],
  [
    'extrato.csv',
    'Data;Lançamento;Histórico;Valor (R$);Saldo (R$)\n' +
      '02/01/2024;PIX RECEBIDO;Cliente;1.500,00;2.500,00\n' +
      '15/01/2024;PAGAMENTO BOLETO;Energia;-320,45;2.179,55\n' +
      '20/01/2024;TARIFA;Pacote;-29,90;2.149,65\n',
    { entries: 3, net: { BRL: 114965 }, control: 'holds' },
  ],
  [
    'kontoauszug-ch.csv',
    'Buchungsdatum;Valuta;Buchungstext;Belastung CHF;Gutschrift CHF;Saldo CHF\n' +
      "04.03.2024;04.03.2024;Miete;2'150.00;;8'350.00\n" +
      "08.03.2024;08.03.2024;Lohn;;6'200.00;14'550.00\n",
    { entries: 2, net: { CHF: 405000 }, control: 'holds' },
  ],
  [
    'movimenti.csv',
    'Data operazione;Data valuta;Descrizione;Importo;Divisa\n' +
      '01/02/2024;01/02/2024;Bonifico ricevuto;1.200,00;EUR\n' +
      '13/02/2024;13/02/2024;Pagamento POS;-45,60;EUR\n',
    { entries: 2, net: { EUR: 115440 }, control: 'none' },
  ],
  [
    'aib.csv',
    'Posted Transactions Date,Description,Debit Amount,Credit Amount,Balance,Posted Currency\n' +
      '14/03/2024,TESCO STORES,23.45,,976.55,EUR\n' +
      '15/03/2024,SALARY,,2000.00,2976.55,EUR\n',
    { entries: 2, net: { EUR: 197655 }, control: 'holds' },
  ],
  [
    'n26.csv',
    '"Booking Date","Value Date","Partner Name","Partner Iban","Type","Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"\n' +
      '"2024-04-02","2024-04-02","Spotify","","Debit Transfer","Abo","Main","-9.99","","",""\n' +
      '"2024-04-05","2024-04-05","Employer","DE89","Credit Transfer","Salary","Main","3100.00","","",""\n',
    { entries: 2, net: { EUR: 309001 }, control: 'none' },
  ],
  [
    'icbc-like.csv',
    '某银行账户交易明细\n币种：人民币\n账号：6222****1234\n' +
      '交易日期,摘要,收入,支出,余额,对方户名\n' +
      '2024-05-01,工资,"8,000.00",,"9,000.00",某公司\n' +
      '2024-05-03,消费,,128.50,"8,871.50",某超市\n' +
      '合计,,"8,000.00",128.50,,\n',
    { entries: 2, net: { CNY: 787150 }, control: 'holds' },
  ],
];

describe('bank tables from producers no profile knows', () => {
  it.each(PRODUCERS)('%s reads with the suggested mapping', async (name, text, want) => {
    const { totals, error } = await read(name, text);
    expect(error).toBeNull();
    if (!totals) return;
    expect({ entries: totals.entries, rejected: totals.rejected, net: totals.net_minor }).toEqual({
      entries: want.entries,
      rejected: 0,
      net: want.net,
    });
    expect(controlStatus(totals.controls)).toBe(want.control);
    expect(totals.warnings[0]?.code).toBe('suggested_mapping');
  });

  it('refuses a US brokerage export whose dates read day first and month first alike, naming the question', async () => {
    const text =
      'Date,Action,Symbol,Description,Amount\n03/04/2024,Buy,VTI,Shares,-1200.00\n05/06/2024,Dividend,VTI,Cash,12.34\n';
    const { error } = await read('brokerage.csv', text, 'USD');
    expect(error?.code).toBe('profile_question');
    expect(error?.message).toContain('day first or month first');
    expect(error?.message).toContain('profiles new --from FILE');
  });

  it('refuses unsigned amounts nothing explains, and asks for a currency the file never states', async () => {
    const unsigned = await read(
      'plain.csv',
      'Date,Description,Amount,Currency\n2024-01-02,A,10.00,EUR\n2024-01-03,B,5.00,EUR\n',
    );
    expect(unsigned.error?.message).toContain('are signed');
    const unstated = await read('nocur.csv', 'Datum;Omschrijving;Bedrag\n2024-01-02;A;-10,00\n2024-01-03;B;5,25\n');
    expect(unstated.error?.message).toContain('--currency CODE');
    const answered = await read(
      'nocur.csv',
      'Datum;Omschrijving;Bedrag\n2024-01-02;A;-10,00\n2024-01-03;B;5,25\n',
      'EUR',
    );
    expect(answered.totals?.net_minor).toEqual({ EUR: -475 });
  });

  it('drafts a valid profile that reads its own file when the user saves it', async () => {
    const [name, text, want] = PRODUCERS[6] ?? PRODUCERS[0]!;
    const draft = await suggestFromFile(bytesSource(name, utf8(text)));
    if (!draft.ok) throw new Error(draft.issues[0]?.message);
    const checked = validateProfile(JSON.parse(JSON.stringify(draft.value.profile)));
    expect(checked.ok).toBe(true);
    expect(draft.value.profile.sheet ?? draft.value.profile.csv?.dataEndsAt).toEqual(['合计']);
    let totals: ReadTotals | null = null;
    for await (const event of readFile(bytesSource(name, utf8(text)), {
      profiles: [draft.value.profile],
      profileId: 'generic',
      createHasher: createSha256,
    }))
      if (event.type === 'end') totals = event.totals;
    expect(totals?.net_minor).toEqual(want.net);
  });
});
