import { it } from 'vitest';
import { extractNumbers } from '../../../../shared/anchoring/quote-numbers';
it('scratch', () => {
  for (const t of ['Team Alpha reduced latency by twelve percent', 'by 12%', 'one hundred and twenty-five', '1.5 million tons', '270,000 tons, 70%', '百分之十二', '十二', '二〇二五年', '一亿三千万', '27万吨', '三点五', '１２％', 'COVID-19 in 2019-2020', 'fell -5 percent', 'often seventeen someone', '4.4亿'])
    console.log(t, JSON.stringify(extractNumbers(t)));
});
