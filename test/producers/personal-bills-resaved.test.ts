// Personal WeChat Pay and Alipay bills opened and saved again in a spreadsheet program, which
// rewrites 交易时间 as `yyyy/M/d H:mm` (seconds dropped, no leading zeros): the layout of the
// bills' own download (WeChat's 微信支付账单明细, Alipay's 电子客户回单), with such dates.
import { expect, it } from 'vitest';
import { imported } from './import-records.ts';

const wechat = (times: string[]) =>
  [
    '微信支付账单明细,,,,,,,,,,',
    '起始时间：[2024-03-01 00:00:00] 终止时间：[2024-03-31 23:59:59],,,,,,,,,,',
    '共3笔记录,,,,,,,,,,',
    '收入：1笔 670.00元,,,,,,,,,,',
    '支出：2笔 41.40元,,,,,,,,,,',
    '中性交易：0笔 0.00元,,,,,,,,,,',
    ',,,,,,,,,,',
    '----------------------微信支付账单明细列表--------------------,,,,,,,,,,',
    '交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注',
    `${times[0]},扫二维码付款,用户b,收款方备注:二维码收款,支出,¥20.00,招商银行(1111),已转账,"1000049901200906000903\t","1000049901202009060167\t",/`,
    `${times[1]},二维码收款,CW,收款方备注:二维码收款,收入,¥670.00,零钱,已收钱,"1000049901202009050075\t","/\t",/`,
    `${times[2]},商户消费,公司a,店铺b,支出,¥21.40,招商银行(1111),支付成功,"4200000676202009058053\t","232119928588\t",/`,
    '',
  ].join('\n');

it('reads a WeChat personal bill whose 交易时间 a spreadsheet rewrote as yyyy/M/d H:mm', async () => {
  const { summary, records } = await imported(
    '微信支付账单(20240301-20240331).csv',
    wechat(['2024/3/5 9:07', '2024/3/15 20:46', '2024/03/31 23:59']),
  );
  expect(summary).toMatchObject({ profile_id: 'wechat-personal', rejected: 0, entries: 3, net_minor: { CNY: 62860 } });
  expect(records.map((record) => record.occurred_at)).toEqual([
    '2024-03-05T09:07:00+08:00',
    '2024-03-15T20:46:00+08:00',
    '2024-03-31T23:59:00+08:00',
  ]);
});

it('still reads the bill as downloaded, and rejects a row whose date is in none of the layouts', async () => {
  const asDownloaded = await imported(
    '微信支付账单.csv',
    wechat(['2024-03-05 09:07:12', '2024-03-15 20:46:00', '2024-03-31 23:59:59']),
  );
  expect(asDownloaded.summary).toMatchObject({ rejected: 0, entries: 3 });
  const { summary } = await imported(
    '微信支付账单.csv',
    wechat(['2024-03-05 09:07:12', '05.03.2024 20:46', '2024-03-31 23:59:59']),
  );
  expect(summary).toMatchObject({ rows: 3, imported: 2, rejected: 1 });
});
