import { describe, expect, it } from 'vitest';
import { narrativeSections } from '../../../src/lib/diff/narrative.ts';

const PAGE = `<!DOCTYPE html>
<html><body><main>
<section class="report-section" id="fenxi" data-section="fenxi">
<h2> 四、绩效评价指标分析 <a class="print-link" href="/print/fenxi/">
打印本节
</a> </h2>
<section class="report-subsection" id="guocheng" data-section="guocheng">
<h3> （二）项目过程情况 </h3>
<div class="prose">
<p>全年共拨付<span class="figure" data-figure="全年执行数">768.70万元</span>，预算执行率<span class="figure" data-figure="预算执行率">96.09%</span>。</p>
<p>进度见下表。</p>
<div class="table-wrap"><table><caption>项目资金情况（万元）</caption><tr><td>768.70</td></tr></table></div>
<p class="table-note">保留 4 位小数</p>
<figure class="chart"><figcaption>资金拨付进度</figcaption><button>显示数据表</button><script type="application/json">{"a":1}</script></figure>
</div>
<div class="table-wrap"><table class="funding-table"><tr><td>不是正文</td></tr></table></div>
</section>
<section class="report-subsection" id="chanchu" data-section="chanchu">
<h3> （三）项目产出情况 </h3>
<p class="pending">（待填写）</p>
</section>
</section>
<section class="report-section annex" id="annex" data-section="annex"><h2>附件：项目支出绩效自评表</h2><table><tr><td>1</td></tr></table></section>
</main></body></html>`;

describe('narrativeSections(html)', () => {
  it('reads each data-section’s prose, figures by name, tables and charts by caption', () => {
    expect(narrativeSections(PAGE)).toEqual([
      { key: 'fenxi', title: '四、绩效评价指标分析', text: '' },
      {
        key: 'guocheng',
        title: '（二）项目过程情况',
        text: [
          '全年共拨付〔全年执行数〕，预算执行率〔预算执行率〕。',
          '进度见下表。',
          '［表：项目资金情况（万元）］',
          '［图：资金拨付进度］',
        ].join('\n'),
      },
      { key: 'chanchu', title: '（三）项目产出情况', text: '（待填写）' },
      { key: 'annex', title: '附件：项目支出绩效自评表', text: '' },
    ]);
  });

  it('reads the same text whatever the figures say, so a moved figure is no change of wording', () => {
    const moved = PAGE.replace('768.70万元', '760.00万元').replace('96.09%', '95.00%');
    expect(narrativeSections(moved)).toEqual(narrativeSections(PAGE));
  });

  it('finds nothing in a page without sections', () => {
    expect(narrativeSections('<html><body><p>首页</p></body></html>')).toEqual([]);
  });
});
