/** English texts of the Incidents panel; incidents.zh-CN.ts has the same keys. */
export const incidentsEn = {
  title: 'Incidents ({{count}})',
  subtitle: 'Bursts of system-level findings on one channel: look at these first',
  none: "No incidents: no burst of paid-not-notified, duplicate charges or channel switches, and no gap in any channel's trades.",
  number: 'Incident {{number}}',
  openOrders: 'Orders ({{count}})',
  total: '{{count}} findings',
  expected: "{{observed}} found where {{expected}} were expected at the channel's rate of the day",
  gapExpected: '{{observed}} trades where {{expected}} were expected from the same length of time before and after',
  loading: 'Loading the findings per hour…',
  cause: {
    gateway_failover: 'Likely cause: gateway failover — orders booked on another channel were paid on this one',
    callbacks_lost: 'Likely cause: payment callbacks lost — paid on this channel, the orders still pending',
    repeated_charges: 'Likely cause: repeated charges — customers charged twice',
    trade_gap: "Likely cause: gap in the channel's trades — the channel down, its payments gone elsewhere or lost",
  },
  chart: {
    title: 'Findings per hour and channel (paid not notified, duplicate charges, channel switched)',
    zone: "Hours in the statement's time ({{zone}})",
    band: 'Incident window',
    bar: '{{channel}}, {{hour}}:00–{{hour}}:59: {{count}} findings',
  },
  orders: {
    title: 'Incident on {{channel}}, {{window}}',
    count: '{{count}} orders; open one to see its finding, its records and the rule',
    order: 'Order',
    category: 'Category',
    amount: 'Amount',
    time: 'Payment time',
  },
};
