// Brazilian bank CSV downloads written here in their published layouts (the column names, order,
// separators and balance rows that public importers of these files document): Itaú's extrato,
// Banco Inter's Extrato Conta Corrente, Banco do Brasil's and Bradesco's extratos, and Nubank's
// credit card bill.
import { expect, it } from 'vitest';
import { imported } from './import-records.ts';

const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

it("reads Itaú's extrato: balance rows and the limit box are no entries, future entries end it", async () => {
  const text = [
    'Extrato Conta Corrente',
    'Agência 1234 Conta 56789-0',
    'data;lançamento;ag./origem;valor (R$);saldos (R$)',
    'lançamentos;;;;',
    '31/08/2024;SALDO ANTERIOR;;;1.000,00',
    '02/09/2024;PIX TRANSF MARIA S;0001;2.500,00;',
    '02/09/2024;SALDO DO DIA;;;3.500,00',
    '05/09/2024;TAR PACOTE ITAU;;-12,90;',
    '05/09/2024;PAG BOLETO ENERGIA;;-1.050,35;2.436,75',
    ';(+) LIMITE DA CONTA TOTAL;;15.500,00;',
    'lançamentos futuros;;;;',
    '12/09/2024;PAG BOLETO AGENDADO;;-99,90;',
    '',
  ].join('\r\n');
  const { summary, records } = await imported('extrato-itau.csv', latin1(text));
  expect(summary).toMatchObject({ profile_id: 'br-itau-extrato', rejected: 0, entries: 3, net_minor: { BRL: 143675 } });
  expect(records.map((record) => [record.booked_on, record.description, record.amount_minor])).toEqual([
    ['2024-09-02', 'PIX TRANSF MARIA S', 250000],
    ['2024-09-05', 'TAR PACOTE ITAU', -1290],
    ['2024-09-05', 'PAG BOLETO ENERGIA', -105035],
  ]);
});

it("reads Banco Inter's Extrato Conta Corrente under its preamble, the running Saldo checked", async () => {
  const text = [
    'Extrato Conta Corrente ',
    'Conta ;12345678',
    'Período ;01/09/2024 a 30/09/2024',
    'Saldo ;1.992,51',
    '',
    'Data Lançamento;Histórico;Descrição;Valor;Saldo',
    '02/09/2024;Pix recebido;EMPRESA EXEMPLO LTDA;1.200,00;3.192,51',
    '03/09/2024;Pix enviado;JOAO DA SILVA;-250,00;2.942,51',
    '04/09/2024;Compra no debito;MERCADO EXEMPLO;-87,40;2.855,11',
    '',
  ].join('\n');
  const { summary, records } = await imported('Extrato-01-09-2024-a-30-09-2024.csv', text);
  expect(summary).toMatchObject({ profile_id: 'br-inter-extrato', rejected: 0, entries: 3, net_minor: { BRL: 86260 } });
  expect(summary.controls).toEqual([expect.objectContaining({ holds: true })]);
  expect(records[1]).toMatchObject({ description: 'JOAO DA SILVA', raw_status: 'Pix enviado', amount_minor: -25000 });
});

it("reads Nubank's card bill in the account's convention: purchases debits, the payment received a credit", async () => {
  const text =
    'date,title,amount\n2024-09-20,Padaria Exemplo,24.50\n2024-09-18,Loja Exemplo - Parcela 1/3,106.66\n2024-09-05,Pagamento recebido,-1530.20\n';
  const { summary, records } = await imported('Nubank_2024-10-10.csv', text);
  expect(summary).toMatchObject({
    profile_id: 'br-nubank-fatura',
    rejected: 0,
    entries: 3,
    net_minor: { BRL: 139904 },
  });
  expect(records.map((record) => record.amount_minor)).toEqual([-2450, -10666, 153020]);
});

it("reads Banco do Brasil's extrato: balance lines are no entries, Tipo Lançamento decides the sign", async () => {
  const text = [
    '"Data","Lançamento","Detalhes","Nº documento","Valor","Tipo Lançamento"',
    '"30/08/2024","Saldo Anterior","","","1.372,93",""',
    '"02/09/2024","Pix - Enviado","30/08 10:29 João Silva","90101","-2,06","Saída"',
    '"02/09/2024","Saldo do dia","","","1.370,87",""',
    '"05/09/2024","PLR","","5887006052399","7.116,90","Entrada"',
    '"06/09/2024","Pagamento de Boleto","CONCESSIONARIA","1001","150,00","Saída"',
    '"00/00/0000","S A L D O","","","8.337,77",""',
    '',
  ].join('\r\n');
  const { summary, records } = await imported('Extrato conta corrente - 092024.csv', latin1(text));
  expect(summary).toMatchObject({
    profile_id: 'br-bb-extrato',
    rows: 3,
    rejected: 0,
    entries: 3,
    net_minor: { BRL: 696484 },
  });
  expect(records.map((record) => [record.description, record.amount_minor])).toEqual([
    ['30/08 10:29 João Silva', -206],
    ['PLR', 711690],
    ['CONCESSIONARIA', -15000],
  ]);
});

it("reads Bradesco's extrato: unsigned credit and debit columns, the opening line no entry, Últimos Lançamentos the end", async () => {
  const text = [
    'Extrato de: Ag: 1234 | Conta: 56789-0;;;;;',
    'Data;Histórico;Docto.;Crédito (R$);Débito (R$);Saldo (R$)',
    '31/08/2024;COD. LANC. 0;0;0,00; ;1.148,06',
    '02/09/2024;PIX RECEBIDO;1918162;1.600,00; ;2.748,06',
    '03/09/2024;SAQUE DINHEIRO ATM;6546390; ;1.520,00;1.228,06',
    '04/09/2024;TARIFA BANCARIA;77;  ;12,35;1.215,71',
    ';;;;;',
    'Últimos Lançamentos;;;;;',
    'Data;Histórico;Docto.;Crédito (R$);Débito (R$);',
    ';;Total;0,00;0,00;0,00;',
    '',
  ].join('\r\n');
  const { summary, records } = await imported('Bradesco_05092024.csv', latin1(text));
  expect(summary).toMatchObject({
    profile_id: 'br-bradesco-extrato',
    rows: 3,
    rejected: 0,
    entries: 3,
    net_minor: { BRL: 6765 },
  });
  expect(records.map((record) => [record.channel_ref, record.amount_minor])).toEqual([
    ['1918162', 160000],
    ['6546390', -152000],
    ['77', -1235],
  ]);
});
