import alipayMerchantTrade from '../../schemas/profiles/alipay-merchant-trade.v1.json';
import ordersBasic from '../../schemas/profiles/orders-basic.v1.json';
import swiftMt940 from '../../schemas/profiles/swift-mt940.v1.json';
import wechatpayMerchantTrade from '../../schemas/profiles/wechatpay-merchant-trade.v1.json';
import type { Profile } from './types.ts';
import { validateProfile } from './validate.ts';

const FILES: Record<string, unknown> = {
  'alipay-merchant-trade.v1.json': alipayMerchantTrade,
  'wechatpay-merchant-trade.v1.json': wechatpayMerchantTrade,
  'orders-basic.v1.json': ordersBasic,
  'swift-mt940.v1.json': swiftMt940,
};

let cache: Profile[] | undefined;

/** The built-in profile library (schemas/profiles), each validated at load. A broken one is a bug. */
export function builtinProfiles(): Profile[] {
  if (cache) return cache;
  cache = Object.entries(FILES).map(([file, data]) => {
    const result = validateProfile(data, file);
    if (!result.ok)
      throw new Error(`built-in profile ${file} is invalid: ${result.issues.map((i) => i.message).join('; ')}`);
    return result.value;
  });
  return cache;
}
