/**
 * How a channel names itself on the bank statement: the payer's name or the remittance text of
 * its payout (`ALIPAY SETTLEMENT 20240315 2088…`, 财付通支付科技有限公司). A channel not listed is
 * known by its source name.
 */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  alipay: ['ALIPAY', '支付宝'],
  wechat: ['TENPAY', 'WECHAT', 'WEIXIN', '财付通', '微信'],
  adyen: ['ADYEN'],
  stripe: ['STRIPE'],
  paypal: ['PAYPAL'],
  jd: ['JDPAY', '京东'],
  meituan: ['MEITUAN', '美团'],
};

/** The names a channel goes by on a bank statement, upper-cased. */
export function channelNames(source: string): readonly string[] {
  return NAMES[source] ?? [source.toUpperCase()];
}

/** The channels among `sources` whose name the text holds (upper-cased text). */
export function channelsNamed(text: string, sources: Iterable<string>): string[] {
  return [...sources].filter((source) => channelNames(source).some((name) => text.includes(name)));
}
