// Generated from schemas/profiles by scripts/gen-validators.mjs. Do not edit.
import adyenSettlementDetailSheetV1 from '../../schemas/profiles/adyen-settlement-detail-sheet.v1.json';
import adyenSettlementDetailV1 from '../../schemas/profiles/adyen-settlement-detail.v1.json';
import aebNorma43V1 from '../../schemas/profiles/aeb-norma43.v1.json';
import alipayMerchantFundV1 from '../../schemas/profiles/alipay-merchant-fund.v1.json';
import alipayMerchantTradeV1 from '../../schemas/profiles/alipay-merchant-trade.v1.json';
import alipayPersonal2021V1 from '../../schemas/profiles/alipay-personal-2021.v1.json';
import alipayPersonal2023V1 from '../../schemas/profiles/alipay-personal-2023.v1.json';
import atEasybankV1 from '../../schemas/profiles/at-easybank.v1.json';
import atIngDibaV1 from '../../schemas/profiles/at-ing-diba.v1.json';
import atLivebankV1 from '../../schemas/profiles/at-livebank.v1.json';
import atOberbankV1 from '../../schemas/profiles/at-oberbank.v1.json';
import atRaiffeisenV1 from '../../schemas/profiles/at-raiffeisen.v1.json';
import bai2CashManagementV1 from '../../schemas/profiles/bai2-cash-management.v1.json';
import bankStatementMetadataDebitCreditCsvV1 from '../../schemas/profiles/bank-statement-metadata-debit-credit-csv.v1.json';
import bankStatementMetadataDebitCreditSheetV1 from '../../schemas/profiles/bank-statement-metadata-debit-credit-sheet.v1.json';
import bankStatementRefDebitCreditSheetV1 from '../../schemas/profiles/bank-statement-ref-debit-credit-sheet.v1.json';
import brBbExtratoV1 from '../../schemas/profiles/br-bb-extrato.v1.json';
import brBradescoExtratoV1 from '../../schemas/profiles/br-bradesco-extrato.v1.json';
import brInterExtratoV1 from '../../schemas/profiles/br-inter-extrato.v1.json';
import brItauExtratoV1 from '../../schemas/profiles/br-itau-extrato.v1.json';
import brNubankContaV1 from '../../schemas/profiles/br-nubank-conta.v1.json';
import brNubankFaturaV1 from '../../schemas/profiles/br-nubank-fatura.v1.json';
import caBmoDebitV1 from '../../schemas/profiles/ca-bmo-debit.v1.json';
import caTdV1 from '../../schemas/profiles/ca-td.v1.json';
import cnAbcDebitV1 from '../../schemas/profiles/cn-abc-debit.v1.json';
import cnBocDebitV1 from '../../schemas/profiles/cn-boc-debit.v1.json';
import cnBocomDebitV1 from '../../schemas/profiles/cn-bocom-debit.v1.json';
import cnCcbDebitSheetV1 from '../../schemas/profiles/cn-ccb-debit-sheet.v1.json';
import cnCgbCreditV1 from '../../schemas/profiles/cn-cgb-credit.v1.json';
import cnCiticCreditSheetV1 from '../../schemas/profiles/cn-citic-credit-sheet.v1.json';
import cnCmbCreditV1 from '../../schemas/profiles/cn-cmb-credit.v1.json';
import cnCmbDebitV1 from '../../schemas/profiles/cn-cmb-debit.v1.json';
import cnIcbcCreditV1 from '../../schemas/profiles/cn-icbc-credit.v1.json';
import cnIcbcDebitV1 from '../../schemas/profiles/cn-icbc-debit.v1.json';
import cnSpdbDebitSheetV1 from '../../schemas/profiles/cn-spdb-debit-sheet.v1.json';
import deIngUmsatzanzeigeV1 from '../../schemas/profiles/de-ing-umsatzanzeige.v1.json';
import finecoItCardsSheetV1 from '../../schemas/profiles/fineco-it-cards-sheet.v1.json';
import finecoItMovementsSheetV1 from '../../schemas/profiles/fineco-it-movements-sheet.v1.json';
import genericCreditCardStatementCsvV1 from '../../schemas/profiles/generic-credit-card-statement-csv.v1.json';
import genericStatementBalanceCsvV1 from '../../schemas/profiles/generic-statement-balance-csv.v1.json';
import genericStatementCsvV1 from '../../schemas/profiles/generic-statement-csv.v1.json';
import genericStatementDebitCreditBalanceCsvV1 from '../../schemas/profiles/generic-statement-debit-credit-balance-csv.v1.json';
import genericStatementRowCurrencyCsvV1 from '../../schemas/profiles/generic-statement-row-currency-csv.v1.json';
import genericStatementSheetV1 from '../../schemas/profiles/generic-statement-sheet.v1.json';
import hkHsbcDebitV1 from '../../schemas/profiles/hk-hsbc-debit.v1.json';
import iso20022Camt052V1 from '../../schemas/profiles/iso20022-camt052.v1.json';
import iso20022Camt053V1 from '../../schemas/profiles/iso20022-camt053.v1.json';
import iso20022Camt054V1 from '../../schemas/profiles/iso20022-camt054.v1.json';
import iso20022Pain002V1 from '../../schemas/profiles/iso20022-pain002.v1.json';
import jdPersonalV1 from '../../schemas/profiles/jd-personal.v1.json';
import meituanPersonalV1 from '../../schemas/profiles/meituan-personal.v1.json';
import nlAsnTransactieHistorieV1 from '../../schemas/profiles/nl-asn-transactie-historie.v1.json';
import nlDegiroAccountV1 from '../../schemas/profiles/nl-degiro-account.v1.json';
import nlIngV1 from '../../schemas/profiles/nl-ing.v1.json';
import nlKnabV1 from '../../schemas/profiles/nl-knab.v1.json';
import ofxStatementV1 from '../../schemas/profiles/ofx-statement.v1.json';
import ordersBasicJsonV1 from '../../schemas/profiles/orders-basic-json.v1.json';
import ordersBasicNdjsonV1 from '../../schemas/profiles/orders-basic-ndjson.v1.json';
import ordersBasicSheetV1 from '../../schemas/profiles/orders-basic-sheet.v1.json';
import ordersBasicV1 from '../../schemas/profiles/orders-basic.v1.json';
import otpHuAccountHistoryLegacySheetV1 from '../../schemas/profiles/otp-hu-account-history-legacy-sheet.v1.json';
import otpHuAccountHistorySheetV1 from '../../schemas/profiles/otp-hu-account-history-sheet.v1.json';
import paypalActivityAmountBalanceV1 from '../../schemas/profiles/paypal-activity-amount-balance.v1.json';
import paypalActivityV1 from '../../schemas/profiles/paypal-activity.v1.json';
import paypalHistoryLegacyV1 from '../../schemas/profiles/paypal-history-legacy.v1.json';
import paypalStatementEnV1 from '../../schemas/profiles/paypal-statement-en.v1.json';
import paypalStatementEsV1 from '../../schemas/profiles/paypal-statement-es.v1.json';
import paypalStatementFrV1 from '../../schemas/profiles/paypal-statement-fr.v1.json';
import recondeskCanonicalBookV1 from '../../schemas/profiles/recondesk-canonical-book.v1.json';
import recondeskCanonicalJsonBookV1 from '../../schemas/profiles/recondesk-canonical-json-book.v1.json';
import recondeskCanonicalJsonStatementV1 from '../../schemas/profiles/recondesk-canonical-json-statement.v1.json';
import recondeskCanonicalNdjsonBookV1 from '../../schemas/profiles/recondesk-canonical-ndjson-book.v1.json';
import recondeskCanonicalNdjsonStatementV1 from '../../schemas/profiles/recondesk-canonical-ndjson-statement.v1.json';
import recondeskCanonicalStatementV1 from '../../schemas/profiles/recondesk-canonical-statement.v1.json';
import revolutAccountV1 from '../../schemas/profiles/revolut-account.v1.json';
import stripeApplicationFeesV1 from '../../schemas/profiles/stripe-application-fees.v1.json';
import stripeBalanceActivityV1 from '../../schemas/profiles/stripe-balance-activity.v1.json';
import stripeBalanceTransactionV1 from '../../schemas/profiles/stripe-balance-transaction.v1.json';
import stripeChargeV1 from '../../schemas/profiles/stripe-charge.v1.json';
import stripePaymentsV1 from '../../schemas/profiles/stripe-payments.v1.json';
import stripePayoutReconciliationV1 from '../../schemas/profiles/stripe-payout-reconciliation.v1.json';
import stripePayoutV1 from '../../schemas/profiles/stripe-payout.v1.json';
import swiftMt940V1 from '../../schemas/profiles/swift-mt940.v1.json';
import wechatPersonalV1 from '../../schemas/profiles/wechat-personal.v1.json';
import wechatpayMerchantFundV1 from '../../schemas/profiles/wechatpay-merchant-fund.v1.json';
import wechatpayMerchantTradeV1 from '../../schemas/profiles/wechatpay-merchant-trade.v1.json';
import wiseStatementV1 from '../../schemas/profiles/wise-statement.v1.json';

/** The built-in profile files by name, each still to be validated. */
export const BUILTIN_PROFILE_FILES: Readonly<Record<string, unknown>> = {
  'adyen-settlement-detail-sheet.v1.json': adyenSettlementDetailSheetV1,
  'adyen-settlement-detail.v1.json': adyenSettlementDetailV1,
  'aeb-norma43.v1.json': aebNorma43V1,
  'alipay-merchant-fund.v1.json': alipayMerchantFundV1,
  'alipay-merchant-trade.v1.json': alipayMerchantTradeV1,
  'alipay-personal-2021.v1.json': alipayPersonal2021V1,
  'alipay-personal-2023.v1.json': alipayPersonal2023V1,
  'at-easybank.v1.json': atEasybankV1,
  'at-ing-diba.v1.json': atIngDibaV1,
  'at-livebank.v1.json': atLivebankV1,
  'at-oberbank.v1.json': atOberbankV1,
  'at-raiffeisen.v1.json': atRaiffeisenV1,
  'bai2-cash-management.v1.json': bai2CashManagementV1,
  'bank-statement-metadata-debit-credit-csv.v1.json': bankStatementMetadataDebitCreditCsvV1,
  'bank-statement-metadata-debit-credit-sheet.v1.json': bankStatementMetadataDebitCreditSheetV1,
  'bank-statement-ref-debit-credit-sheet.v1.json': bankStatementRefDebitCreditSheetV1,
  'br-bb-extrato.v1.json': brBbExtratoV1,
  'br-bradesco-extrato.v1.json': brBradescoExtratoV1,
  'br-inter-extrato.v1.json': brInterExtratoV1,
  'br-itau-extrato.v1.json': brItauExtratoV1,
  'br-nubank-conta.v1.json': brNubankContaV1,
  'br-nubank-fatura.v1.json': brNubankFaturaV1,
  'ca-bmo-debit.v1.json': caBmoDebitV1,
  'ca-td.v1.json': caTdV1,
  'cn-abc-debit.v1.json': cnAbcDebitV1,
  'cn-boc-debit.v1.json': cnBocDebitV1,
  'cn-bocom-debit.v1.json': cnBocomDebitV1,
  'cn-ccb-debit-sheet.v1.json': cnCcbDebitSheetV1,
  'cn-cgb-credit.v1.json': cnCgbCreditV1,
  'cn-citic-credit-sheet.v1.json': cnCiticCreditSheetV1,
  'cn-cmb-credit.v1.json': cnCmbCreditV1,
  'cn-cmb-debit.v1.json': cnCmbDebitV1,
  'cn-icbc-credit.v1.json': cnIcbcCreditV1,
  'cn-icbc-debit.v1.json': cnIcbcDebitV1,
  'cn-spdb-debit-sheet.v1.json': cnSpdbDebitSheetV1,
  'de-ing-umsatzanzeige.v1.json': deIngUmsatzanzeigeV1,
  'fineco-it-cards-sheet.v1.json': finecoItCardsSheetV1,
  'fineco-it-movements-sheet.v1.json': finecoItMovementsSheetV1,
  'generic-credit-card-statement-csv.v1.json': genericCreditCardStatementCsvV1,
  'generic-statement-balance-csv.v1.json': genericStatementBalanceCsvV1,
  'generic-statement-csv.v1.json': genericStatementCsvV1,
  'generic-statement-debit-credit-balance-csv.v1.json': genericStatementDebitCreditBalanceCsvV1,
  'generic-statement-row-currency-csv.v1.json': genericStatementRowCurrencyCsvV1,
  'generic-statement-sheet.v1.json': genericStatementSheetV1,
  'hk-hsbc-debit.v1.json': hkHsbcDebitV1,
  'iso20022-camt052.v1.json': iso20022Camt052V1,
  'iso20022-camt053.v1.json': iso20022Camt053V1,
  'iso20022-camt054.v1.json': iso20022Camt054V1,
  'iso20022-pain002.v1.json': iso20022Pain002V1,
  'jd-personal.v1.json': jdPersonalV1,
  'meituan-personal.v1.json': meituanPersonalV1,
  'nl-asn-transactie-historie.v1.json': nlAsnTransactieHistorieV1,
  'nl-degiro-account.v1.json': nlDegiroAccountV1,
  'nl-ing.v1.json': nlIngV1,
  'nl-knab.v1.json': nlKnabV1,
  'ofx-statement.v1.json': ofxStatementV1,
  'orders-basic-json.v1.json': ordersBasicJsonV1,
  'orders-basic-ndjson.v1.json': ordersBasicNdjsonV1,
  'orders-basic-sheet.v1.json': ordersBasicSheetV1,
  'orders-basic.v1.json': ordersBasicV1,
  'otp-hu-account-history-legacy-sheet.v1.json': otpHuAccountHistoryLegacySheetV1,
  'otp-hu-account-history-sheet.v1.json': otpHuAccountHistorySheetV1,
  'paypal-activity-amount-balance.v1.json': paypalActivityAmountBalanceV1,
  'paypal-activity.v1.json': paypalActivityV1,
  'paypal-history-legacy.v1.json': paypalHistoryLegacyV1,
  'paypal-statement-en.v1.json': paypalStatementEnV1,
  'paypal-statement-es.v1.json': paypalStatementEsV1,
  'paypal-statement-fr.v1.json': paypalStatementFrV1,
  'recondesk-canonical-book.v1.json': recondeskCanonicalBookV1,
  'recondesk-canonical-json-book.v1.json': recondeskCanonicalJsonBookV1,
  'recondesk-canonical-json-statement.v1.json': recondeskCanonicalJsonStatementV1,
  'recondesk-canonical-ndjson-book.v1.json': recondeskCanonicalNdjsonBookV1,
  'recondesk-canonical-ndjson-statement.v1.json': recondeskCanonicalNdjsonStatementV1,
  'recondesk-canonical-statement.v1.json': recondeskCanonicalStatementV1,
  'revolut-account.v1.json': revolutAccountV1,
  'stripe-application-fees.v1.json': stripeApplicationFeesV1,
  'stripe-balance-activity.v1.json': stripeBalanceActivityV1,
  'stripe-balance-transaction.v1.json': stripeBalanceTransactionV1,
  'stripe-charge.v1.json': stripeChargeV1,
  'stripe-payments.v1.json': stripePaymentsV1,
  'stripe-payout-reconciliation.v1.json': stripePayoutReconciliationV1,
  'stripe-payout.v1.json': stripePayoutV1,
  'swift-mt940.v1.json': swiftMt940V1,
  'wechat-personal.v1.json': wechatPersonalV1,
  'wechatpay-merchant-fund.v1.json': wechatpayMerchantFundV1,
  'wechatpay-merchant-trade.v1.json': wechatpayMerchantTradeV1,
  'wise-statement.v1.json': wiseStatementV1,
};
