// Generated from schemas/profiles by scripts/gen-validators.mjs. Do not edit.
import alipayMerchantTradeV1 from '../../schemas/profiles/alipay-merchant-trade.v1.json';
import ordersBasicV1 from '../../schemas/profiles/orders-basic.v1.json';
import stripeBalanceTransactionV1 from '../../schemas/profiles/stripe-balance-transaction.v1.json';
import stripeChargeV1 from '../../schemas/profiles/stripe-charge.v1.json';
import stripePayoutV1 from '../../schemas/profiles/stripe-payout.v1.json';
import swiftMt940V1 from '../../schemas/profiles/swift-mt940.v1.json';
import wechatpayMerchantTradeV1 from '../../schemas/profiles/wechatpay-merchant-trade.v1.json';

/** The built-in profile files by name, each still to be validated. */
export const BUILTIN_PROFILE_FILES: Readonly<Record<string, unknown>> = {
  'alipay-merchant-trade.v1.json': alipayMerchantTradeV1,
  'orders-basic.v1.json': ordersBasicV1,
  'stripe-balance-transaction.v1.json': stripeBalanceTransactionV1,
  'stripe-charge.v1.json': stripeChargeV1,
  'stripe-payout.v1.json': stripePayoutV1,
  'swift-mt940.v1.json': swiftMt940V1,
  'wechatpay-merchant-trade.v1.json': wechatpayMerchantTradeV1,
};
