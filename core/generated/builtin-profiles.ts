// Generated from schemas/profiles by scripts/gen-validators.mjs. Do not edit.
import adyenSettlementDetailSheetV1 from '../../schemas/profiles/adyen-settlement-detail-sheet.v1.json';
import alipayMerchantTradeV1 from '../../schemas/profiles/alipay-merchant-trade.v1.json';
import finecoItMovementsSheetV1 from '../../schemas/profiles/fineco-it-movements-sheet.v1.json';
import ordersBasicV1 from '../../schemas/profiles/orders-basic.v1.json';
import otpHuAccountHistoryLegacySheetV1 from '../../schemas/profiles/otp-hu-account-history-legacy-sheet.v1.json';
import otpHuAccountHistorySheetV1 from '../../schemas/profiles/otp-hu-account-history-sheet.v1.json';
import swiftMt940V1 from '../../schemas/profiles/swift-mt940.v1.json';
import wechatpayMerchantTradeV1 from '../../schemas/profiles/wechatpay-merchant-trade.v1.json';

/** The built-in profile files by name, each still to be validated. */
export const BUILTIN_PROFILE_FILES: Readonly<Record<string, unknown>> = {
  'adyen-settlement-detail-sheet.v1.json': adyenSettlementDetailSheetV1,
  'alipay-merchant-trade.v1.json': alipayMerchantTradeV1,
  'fineco-it-movements-sheet.v1.json': finecoItMovementsSheetV1,
  'orders-basic.v1.json': ordersBasicV1,
  'otp-hu-account-history-legacy-sheet.v1.json': otpHuAccountHistoryLegacySheetV1,
  'otp-hu-account-history-sheet.v1.json': otpHuAccountHistorySheetV1,
  'swift-mt940.v1.json': swiftMt940V1,
  'wechatpay-merchant-trade.v1.json': wechatpayMerchantTradeV1,
};
