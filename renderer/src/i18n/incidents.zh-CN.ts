import type { incidentsEn } from './incidents.en.ts';

type Leaves<T> = T extends string ? string : { [K in keyof T]: Leaves<T[K]> };

/** 事件面板的中文文案；键与 incidents.en.ts 相同。 */
export const incidentsZhCN: Leaves<typeof incidentsEn> = {
  title: '事件（{{count}}）',
  subtitle: '同一渠道集中出现的系统级差异：请优先处理',
  none: '无事件：各渠道均未出现支付成功未通知、重复扣款或渠道切换的集中爆发，也无交易中断。',
  number: '事件 {{number}}',
  openOrders: '订单（{{count}}）',
  total: '{{count}} 笔差异',
  expected: '实际 {{observed}} 笔，按该渠道当日的发生率预期约 {{expected}} 笔',
  gapExpected: '实际交易 {{observed}} 笔，按前后同样时长的交易预期约 {{expected}} 笔',
  loading: '正在加载每小时差异…',
  cause: {
    gateway_failover: '可能原因：支付网关故障切换——其他渠道的订单在此渠道支付',
    callbacks_lost: '可能原因：支付回调丢失——已在此渠道支付，订单仍为待支付',
    trade_gap: '可能原因：渠道交易中断——渠道故障，支付转到其他渠道或丢失',
    repeated_charges: '可能原因：重复扣款——顾客被扣款两次',
  },
  chart: {
    title: '各渠道每小时差异笔数（支付成功未通知、重复扣款、渠道切换）',
    zone: '按账单时间（{{zone}}）',
    band: '事件时段',
    bar: '{{channel}}，{{hour}}:00–{{hour}}:59：{{count}} 笔差异',
  },
  orders: {
    title: '{{channel}} 渠道事件，{{window}}',
    count: '共 {{count}} 笔订单；点击查看差异明细、两边记录与匹配规则',
    order: '订单号',
    category: '类别',
    amount: '金额',
    time: '支付时间',
  },
};
