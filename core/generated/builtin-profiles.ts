// Generated from schemas/profiles by scripts/gen-validators.mjs. Do not edit.
import alipayMerchantTradeV1 from '../../schemas/profiles/alipay-merchant-trade.v1.json';
import atEasybankV1 from '../../schemas/profiles/at-easybank.v1.json';
import atIngDibaV1 from '../../schemas/profiles/at-ing-diba.v1.json';
import atLivebankV1 from '../../schemas/profiles/at-livebank.v1.json';
import atOberbankV1 from '../../schemas/profiles/at-oberbank.v1.json';
import atRaiffeisenV1 from '../../schemas/profiles/at-raiffeisen.v1.json';
import caBmoDebitV1 from '../../schemas/profiles/ca-bmo-debit.v1.json';
import caTdV1 from '../../schemas/profiles/ca-td.v1.json';
import cnAbcDebitV1 from '../../schemas/profiles/cn-abc-debit.v1.json';
import cnBocDebitV1 from '../../schemas/profiles/cn-boc-debit.v1.json';
import cnBocomDebitV1 from '../../schemas/profiles/cn-bocom-debit.v1.json';
import cnCgbCreditV1 from '../../schemas/profiles/cn-cgb-credit.v1.json';
import cnCmbCreditV1 from '../../schemas/profiles/cn-cmb-credit.v1.json';
import cnCmbDebitV1 from '../../schemas/profiles/cn-cmb-debit.v1.json';
import cnIcbcCreditV1 from '../../schemas/profiles/cn-icbc-credit.v1.json';
import cnIcbcDebitV1 from '../../schemas/profiles/cn-icbc-debit.v1.json';
import deIngUmsatzanzeigeV1 from '../../schemas/profiles/de-ing-umsatzanzeige.v1.json';
import hkHsbcDebitV1 from '../../schemas/profiles/hk-hsbc-debit.v1.json';
import nlAsnTransactieHistorieV1 from '../../schemas/profiles/nl-asn-transactie-historie.v1.json';
import nlDegiroAccountV1 from '../../schemas/profiles/nl-degiro-account.v1.json';
import nlIngV1 from '../../schemas/profiles/nl-ing.v1.json';
import nlKnabV1 from '../../schemas/profiles/nl-knab.v1.json';
import ordersBasicV1 from '../../schemas/profiles/orders-basic.v1.json';
import revolutAccountV1 from '../../schemas/profiles/revolut-account.v1.json';
import swiftMt940V1 from '../../schemas/profiles/swift-mt940.v1.json';
import wechatpayMerchantTradeV1 from '../../schemas/profiles/wechatpay-merchant-trade.v1.json';
import wiseStatementV1 from '../../schemas/profiles/wise-statement.v1.json';

/** The built-in profile files by name, each still to be validated. */
export const BUILTIN_PROFILE_FILES: Readonly<Record<string, unknown>> = {
  'alipay-merchant-trade.v1.json': alipayMerchantTradeV1,
  'at-easybank.v1.json': atEasybankV1,
  'at-ing-diba.v1.json': atIngDibaV1,
  'at-livebank.v1.json': atLivebankV1,
  'at-oberbank.v1.json': atOberbankV1,
  'at-raiffeisen.v1.json': atRaiffeisenV1,
  'ca-bmo-debit.v1.json': caBmoDebitV1,
  'ca-td.v1.json': caTdV1,
  'cn-abc-debit.v1.json': cnAbcDebitV1,
  'cn-boc-debit.v1.json': cnBocDebitV1,
  'cn-bocom-debit.v1.json': cnBocomDebitV1,
  'cn-cgb-credit.v1.json': cnCgbCreditV1,
  'cn-cmb-credit.v1.json': cnCmbCreditV1,
  'cn-cmb-debit.v1.json': cnCmbDebitV1,
  'cn-icbc-credit.v1.json': cnIcbcCreditV1,
  'cn-icbc-debit.v1.json': cnIcbcDebitV1,
  'de-ing-umsatzanzeige.v1.json': deIngUmsatzanzeigeV1,
  'hk-hsbc-debit.v1.json': hkHsbcDebitV1,
  'nl-asn-transactie-historie.v1.json': nlAsnTransactieHistorieV1,
  'nl-degiro-account.v1.json': nlDegiroAccountV1,
  'nl-ing.v1.json': nlIngV1,
  'nl-knab.v1.json': nlKnabV1,
  'orders-basic.v1.json': ordersBasicV1,
  'revolut-account.v1.json': revolutAccountV1,
  'swift-mt940.v1.json': swiftMt940V1,
  'wechatpay-merchant-trade.v1.json': wechatpayMerchantTradeV1,
  'wise-statement.v1.json': wiseStatementV1,
};
