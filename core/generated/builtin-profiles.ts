// Generated from schemas/profiles by scripts/gen-validators.mjs. Do not edit.
import alipayMerchantTradeV1 from '../../schemas/profiles/alipay-merchant-trade.v1.json';
import bai2CashManagementV1 from '../../schemas/profiles/bai2-cash-management.v1.json';
import ofxStatementV1 from '../../schemas/profiles/ofx-statement.v1.json';
import ordersBasicV1 from '../../schemas/profiles/orders-basic.v1.json';
import swiftMt940V1 from '../../schemas/profiles/swift-mt940.v1.json';
import wechatpayMerchantTradeV1 from '../../schemas/profiles/wechatpay-merchant-trade.v1.json';

/** The built-in profile files by name, each still to be validated. */
export const BUILTIN_PROFILE_FILES: Readonly<Record<string, unknown>> = {
  'alipay-merchant-trade.v1.json': alipayMerchantTradeV1,
  'bai2-cash-management.v1.json': bai2CashManagementV1,
  'ofx-statement.v1.json': ofxStatementV1,
  'orders-basic.v1.json': ordersBasicV1,
  'swift-mt940.v1.json': swiftMt940V1,
  'wechatpay-merchant-trade.v1.json': wechatpayMerchantTradeV1,
};
